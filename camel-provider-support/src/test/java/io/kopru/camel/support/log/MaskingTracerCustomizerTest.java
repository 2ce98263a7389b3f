package io.kopru.camel.support.log;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ExchangeFormatter;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingExchangeFormatterTest {

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
    void withLogMaskOnTheTracerMasksSensitiveHeadersAndKeepsTheRest() {
        context.setLogMask(true);
        context.setTracing(true);
        context.start();
        assertThat(MaskingExchangeFormatter.maskTracer(context)).isTrue();
        String trace = context.getTracer().getExchangeFormatter().format(exchange());
        assertThat(trace).doesNotContain("eyJ-secret-value").contains("CamelProviderSignToken=xxxxx")
                .contains("CamelProviderRemaining=42", "body");
    }

    @Test
    void installingTwiceWrapsOnce() {
        context.setLogMask(true);
        context.start();
        MaskingExchangeFormatter.maskTracer(context);
        ExchangeFormatter first = context.getTracer().getExchangeFormatter();
        assertThat(MaskingExchangeFormatter.maskTracer(context)).isTrue();
        assertThat(context.getTracer().getExchangeFormatter()).isSameAs(first);
        assertThat(((MaskingExchangeFormatter) first).getDelegate()).isNotInstanceOf(MaskingExchangeFormatter.class);
    }

    @Test
    void withLogMaskOffNothingChanges() {
        context.setTracing(true);
        context.start();
        ExchangeFormatter before = context.getTracer().getExchangeFormatter();
        assertThat(MaskingExchangeFormatter.maskTracer(context)).isFalse();
        assertThat(context.getTracer().getExchangeFormatter()).isSameAs(before);
    }

    @Test
    void aCustomLogMaskBeanIsUsed() {
        context.setLogMask(true);
        context.getRegistry().bind("CamelCustomLogMask", (org.apache.camel.spi.MaskingFormatter) s -> "masked");
        context.start();
        MaskingExchangeFormatter.maskTracer(context);
        assertThat(context.getTracer().getExchangeFormatter().format(exchange())).isEqualTo("masked");
    }
}
