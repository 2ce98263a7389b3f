/*
 * Copyright 2026 The Kopru Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.kopru.camel.component.restlink;

/** How an endpoint authenticates, decided by which credentials it has. */
public enum RestlinkAuthMode {
    /** {@code X-API-Key} alone. */
    API_KEY,
    /** {@code X-API-Key} with {@code X-Timestamp} and {@code X-Signature} ({@code signRequests=true}). */
    SIGNED_API_KEY,
    /** {@code Authorization: Bearer} with a token from the JWT login ({@code username} and {@code password}). */
    JWT
}
