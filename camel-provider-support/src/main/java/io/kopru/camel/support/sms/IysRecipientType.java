package io.kopru.camel.support.sms;

/**
 * The İYS (İleti Yönetim Sistemi, Turkey's commercial message consent registry) recipient type of a commercial
 * message: an individual or a merchant.
 */
public enum IysRecipientType {
    BIREYSEL,
    TACIR
}
