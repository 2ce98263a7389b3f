package io.kopru.camel.component.iletimerkezi;

/** The operations of the iletiMerkezi API, named as in its URLs ({@code /v1/send-sms/json}). */
public enum IletimerkeziOperation {
    SEND_SMS("send-sms"),
    GET_REPORT("get-report"),
    GET_REPORTS("get-reports"),
    CANCEL_ORDER("cancel-order"),
    GET_BALANCE("get-balance"),
    GET_SENDER("get-sender"),
    GET_BLACKLIST("get-blacklist"),
    ADD_BLACKLIST("add-blacklist"),
    DELETE_BLACKLIST("delete-blacklist");

    private final String uriName;

    IletimerkeziOperation(String uriName) {
        this.uriName = uriName;
    }

    /** The name in endpoint URIs and in the API's path. */
    public String uriName() {
        return uriName;
    }

    @Override
    public String toString() {
        return uriName;
    }
}
