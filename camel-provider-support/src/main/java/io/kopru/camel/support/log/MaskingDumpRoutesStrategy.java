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
package io.kopru.camel.support.log;

import org.apache.camel.impl.DefaultDumpRoutesStrategy;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.service.ServiceHelper;

import java.util.Set;

/**
 * Camel's route dump ({@code camel.main.dump-routes}) with the value of every secret endpoint option masked, in the
 * log and in the files it writes. With {@code dump-routes-resolve-placeholders} on (Camel's default), Camel 4.14 and
 * 4.18 print every endpoint URI resolved and unmasked: a secret passed as {@code {{placeholder}}} in a URI is
 * printed in clear. This strategy dumps as Camel's does and masks by value what {@link EndpointSecrets} finds.
 */
public class MaskingDumpRoutesStrategy extends DefaultDumpRoutesStrategy {

    private EndpointSecrets secrets;

    @Override
    public void dumpRoutes(String format) {
        ServiceHelper.startService(this); // splits the output into directory and file name, as the default's start does
        secrets = EndpointSecrets.of(getCamelContext()); // the endpoints as they are now, at this dump
        super.dumpRoutes(format);
    }

    @Override
    protected void appendLogDump(Resource resource, String dump, StringBuilder sbLog) {
        super.appendLogDump(resource, secrets.mask(dump), sbLog);
    }

    @Override
    protected void doDumpToDirectory(Resource resource, StringBuilder sbLocal, String kind, String ext,
                                     Set<String> files) {
        String masked = secrets.mask(sbLocal.toString());
        sbLocal.setLength(0);
        sbLocal.append(masked);
        super.doDumpToDirectory(resource, sbLocal, kind, ext, files);
    }
}
