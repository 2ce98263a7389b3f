package io.kopru.camel.support.log;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExchangeFormatter;
import org.apache.camel.spi.MaskingFormatter;
import org.apache.camel.spi.Tracer;
import org.apache.camel.support.processor.DefaultMaskingFormatter;

import java.util.Objects;

/**
 * An {@link ExchangeFormatter} that passes another's output through Camel's log mask, so that header values whose
 * names hold a sensitive word ({@code ...Token}, {@code ...Password}) print as {@code xxxxx}.
 * <p>
 * It exists for Camel's tracer: with {@code camel.main.tracing=true}, Camel 4.14 prints every header of every exchange
 * at every step, and ignores {@code camel.main.logMask}, which the {@code log} EIP and component honour. A component
 * that puts a token in a header calls {@link #maskTracer(CamelContext)} when it starts, so that a context that asked
 * for masked logs gets masked traces too.
 */
public final class MaskingExchangeFormatter implements ExchangeFormatter {

    private final ExchangeFormatter delegate;
    private final MaskingFormatter mask;

    public MaskingExchangeFormatter(ExchangeFormatter delegate, MaskingFormatter mask) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.mask = Objects.requireNonNull(mask, "mask");
    }

    @Override
    public String format(Exchange exchange) {
        String text = delegate.format(exchange);
        return text == null ? null : mask.format(text);
    }

    public ExchangeFormatter getDelegate() {
        return delegate;
    }

    /**
     * When the context masks logs ({@code logMask}), makes its tracer mask what it prints too, with the same masking
     * formatter the {@code log} EIP uses (a {@code CamelCustomLogMask} bean, else Camel's default). Does nothing when
     * logMask is off; safe to call more than once.
     *
     * @return whether the tracer now masks its output
     */
    public static boolean maskTracer(CamelContext context) {
        if (!Boolean.TRUE.equals(context.isLogMask())) {
            return false;
        }
        Tracer tracer = context.getTracer();
        if (tracer == null) {
            return false;
        }
        synchronized (tracer) {
            ExchangeFormatter current = tracer.getExchangeFormatter();
            if (current instanceof MaskingExchangeFormatter) {
                return true;
            }
            if (current == null) {
                return false;
            }
            MaskingFormatter mask = context.getRegistry().lookupByNameAndType(MaskingFormatter.CUSTOM_LOG_MASK_REF,
                    MaskingFormatter.class);
            tracer.setExchangeFormatter(new MaskingExchangeFormatter(current,
                    mask != null ? mask : new DefaultMaskingFormatter()));
            return true;
        }
    }
}
