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

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExchangeFormatter;
import org.apache.camel.spi.MaskingFormatter;

import java.util.Objects;

/**
 * An {@link ExchangeFormatter} that passes another's output through Camel's log mask, so that header values whose
 * names hold a sensitive word ({@code ...Token}, {@code ...Password}) print as {@code xxxxx}.
 * <p>
 * It exists for Camel's tracer: with {@code camel.main.tracing=true}, Camel 4.14 prints every header of every exchange
 * at every step, and ignores {@code camel.main.logMask}, which the {@code log} EIP and component honour. An
 * application opts in with {@link MaskingTracerCustomizer}, which installs this formatter on the tracer.
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
}
