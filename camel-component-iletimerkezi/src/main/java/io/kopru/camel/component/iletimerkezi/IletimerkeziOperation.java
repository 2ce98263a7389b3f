package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.support.component.OperationNames;

/** The operations of the iletiMerkezi API, named as in its URLs ({@code /v1/send-sms/json}). */
public enum IletimerkeziOperation {
    SEND_SMS,
    GET_REPORT,
    GET_REPORTS,
    CANCEL_ORDER,
    GET_BALANCE,
    GET_SENDER,
    GET_BLACKLIST,
    ADD_BLACKLIST,
    DELETE_BLACKLIST;

    @Override
    public String toString() {
        return OperationNames.uriName(this);
    }
}
