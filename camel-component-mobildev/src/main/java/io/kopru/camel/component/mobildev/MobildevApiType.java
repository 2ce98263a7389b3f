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
package io.kopru.camel.component.mobildev;

/** Which of Mobildev's two APIs an endpoint talks to, as named in endpoint URIs. */
public enum MobildevApiType {
    /** The integrator guide's {@code /v1} API: requests signed with HMAC, campaigns under OAuth2 consent. */
    INTEGRATOR,
    /**
     * The classic XML API every public client uses: a POST of XML to the root path, the credentials in
     * {@code <UserName>}/{@code <PassWord>} inside the body.
     */
    CLASSIC;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
