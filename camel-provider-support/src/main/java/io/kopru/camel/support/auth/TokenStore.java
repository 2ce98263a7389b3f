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
package io.kopru.camel.support.auth;

import java.util.Optional;

/**
 * Where tokens are kept between calls and, for the persistent stores, between restarts (a token that came from a
 * person's consent lives for days and cannot be obtained again without that person). Implementations are thread-safe.
 */
public interface TokenStore {

    Optional<AccessToken> load(String key);

    void save(String key, AccessToken token);

    void remove(String key);
}
