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
import org.apache.camel.spi.ExchangeFormatter;
import org.apache.camel.spi.MaskingFormatter;
import org.apache.camel.spi.Tracer;
import org.apache.camel.support.processor.DefaultMaskingFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Camel's tracer mask what it prints, with the masking formatter the {@code log} EIP uses when
 * {@code logMask} is on: a {@code CamelCustomLogMask} bean from the registry, else Camel's
 * {@link DefaultMaskingFormatter}, which hides the value of every header whose name holds a sensitive word
 * ({@code ...Token}, {@code ...Password}, {@code ...SecretKey}).
 * <p>
 * Camel 4.14's tracer prints every header of every exchange and ignores {@code logMask}, so tracing a route that
 * carries a provider token in a header prints the token. The components never change the tracer themselves (that
 * would be a side effect on the whole context); an application that traces opts in with this class, which is both a
 * {@link CamelConfiguration} and a {@link CamelContextCustomizer}:
 * <ul>
 * <li>Camel Main, from properties:
 * {@code camel.main.configuration-classes = io.kopru.camel.support.log.MaskingTracerCustomizer}. (A
 * {@code camel.beans.*} bean is bound too late: Main applies the customizer beans it finds before it binds those.)</li>
 * <li>Camel Main, from Java: {@code main.configure().addConfiguration(new MaskingTracerCustomizer())}, or
 * {@code main.bind("maskingTracer", new MaskingTracerCustomizer())} before {@code main.start()}.</li>
 * <li>Any Camel context: {@code new MaskingTracerCustomizer().configure(context)}, before or after it starts.</li>
 * </ul>
 * Applying it more than once wraps the tracer's formatter once.
 */
public class MaskingTracerCustomizer implements CamelContextCustomizer, CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MaskingTracerCustomizer.class);

    @Override
    public void configure(CamelContext context) {
        Tracer tracer = context.getTracer(); // Camel creates the tracer on first use; tracing may be switched on later
        if (tracer == null) {
            return;
        }
        synchronized (tracer) {
            ExchangeFormatter current = tracer.getExchangeFormatter();
            if (current == null || current instanceof MaskingExchangeFormatter) {
                return;
            }
            MaskingFormatter mask = context.getRegistry().lookupByNameAndType(MaskingFormatter.CUSTOM_LOG_MASK_REF,
                    MaskingFormatter.class);
            tracer.setExchangeFormatter(new MaskingExchangeFormatter(current,
                    mask != null ? mask : new DefaultMaskingFormatter()));
            LOG.debug("The tracer of {} masks sensitive headers", context.getName());
        }
    }
}
