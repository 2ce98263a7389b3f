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

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ExchangeFormatter;
import org.apache.camel.spi.MaskingFormatter;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTracerCustomizerTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    private Exchange exchange() {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader("CamelProviderSignToken", "eyJ-secret-value");
        exchange.getMessage().setHeader("CamelProviderRemaining", 42);
        exchange.getMessage().setBody("body");
        return exchange;
    }

    @Test
    void camelsTracerPrintsHeadersUnmaskedEvenWithLogMaskOn() {
        context.setLogMask(true);
        context.setTracing(true);
        context.start();
        assertThat(context.getTracer().getExchangeFormatter().format(exchange())).contains("eyJ-secret-value");
    }

    @Test
    void theCustomizerMakesTheTracerMaskSensitiveHeadersAndKeepTheRest() {
        context.setTracing(true);
        new MaskingTracerCustomizer().configure(context);
        context.start();
        String trace = context.getTracer().getExchangeFormatter().format(exchange());
        assertThat(trace).doesNotContain("eyJ-secret-value").contains("CamelProviderSignToken=xxxxx")
                .contains("CamelProviderRemaining=42", "body");
    }

    @Test
    void itWorksOnAStartedContextToo() {
        context.setTracing(true);
        context.start();
        new MaskingTracerCustomizer().configure(context);
        assertThat(context.getTracer().getExchangeFormatter().format(exchange())).doesNotContain("eyJ-secret-value");
    }

    @Test
    void applyingTwiceWrapsOnce() {
        context.start();
        new MaskingTracerCustomizer().configure(context);
        ExchangeFormatter first = context.getTracer().getExchangeFormatter();
        new MaskingTracerCustomizer().configure(context);
        assertThat(context.getTracer().getExchangeFormatter()).isSameAs(first).isInstanceOf(MaskingExchangeFormatter.class);
        assertThat(((MaskingExchangeFormatter) first).getDelegate()).isNotInstanceOf(MaskingExchangeFormatter.class);
    }

    @Test
    void aCustomLogMaskBeanIsUsed() {
        context.getRegistry().bind(MaskingFormatter.CUSTOM_LOG_MASK_REF, (MaskingFormatter) s -> "masked");
        context.start();
        new MaskingTracerCustomizer().configure(context);
        assertThat(context.getTracer().getExchangeFormatter().format(exchange())).isEqualTo("masked");
    }
}
