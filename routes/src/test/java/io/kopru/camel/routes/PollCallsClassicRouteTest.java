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
package io.kopru.camel.routes;

import java.util.Properties;

/** {@link PollCallsRouteTest} with Mobildev's classic XML API: one Action 3 query per 25 ids. */
class PollCallsClassicRouteTest extends PollCallsRouteTest {

    @Override
    protected void configure(Properties p) {
        super.configure(p);
        p.setProperty("camel.component.mobildev.api", "classic");
    }

    @Override
    protected boolean classic() {
        return true;
    }
}
