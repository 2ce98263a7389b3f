package io.kopru.camel.component.iletimerkezi.api;

import java.math.BigDecimal;

/** The account's balance: money (TL) and SMS credits; which one applies depends on how the account is billed. */
public final class IletimerkeziBalance {

    private final BigDecimal amount;
    private final long sms;

    public IletimerkeziBalance(BigDecimal amount, long sms) {
        this.amount = amount;
        this.sms = sms;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public long getSms() {
        return sms;
    }

    @Override
    public String toString() {
        return "IletimerkeziBalance[amount=" + amount + ", sms=" + sms + "]";
    }
}
