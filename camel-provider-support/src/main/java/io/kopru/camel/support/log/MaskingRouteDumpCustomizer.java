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

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelContextCustomizer;
import org.apache.camel.spi.DumpRoutesStrategy;

/**
 * Makes Camel's route dump mask the value of every secret endpoint option, by installing
 * {@link MaskingDumpRoutesStrategy} as the context's {@link DumpRoutesStrategy}, with the settings the context's
 * strategy had. Opt-in, like {@link MaskingTracerCustomizer}, and applied the same ways:
 * {@code camel.main.configuration-classes = io.kopru.camel.support.log.MaskingRouteDumpCustomizer},
 * {@code main.configure().addConfiguration(new MaskingRouteDumpCustomizer())}, or
 * {@code new MaskingRouteDumpCustomizer().configure(context)} before the context starts. Applying it twice changes
 * nothing.
 */
public class MaskingRouteDumpCustomizer implements CamelContextCustomizer, CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        DumpRoutesStrategy current = context.getCamelContextExtension().getContextPlugin(DumpRoutesStrategy.class);
        if (current instanceof MaskingDumpRoutesStrategy) {
            return;
        }
        MaskingDumpRoutesStrategy masking = new MaskingDumpRoutesStrategy();
        masking.setCamelContext(context);
        if (current != null) {
            masking.setInclude(current.getInclude());
            masking.setResolvePlaceholders(current.isResolvePlaceholders());
            masking.setUriAsParameters(current.isUriAsParameters());
            masking.setGeneratedIds(current.isGeneratedIds());
            masking.setLog(current.isLog());
            masking.setOutput(current.getOutput());
        }
        context.getCamelContextExtension().addContextPlugin(DumpRoutesStrategy.class, masking);
    }
}
