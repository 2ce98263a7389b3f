package io.kopru.camel.component.iletimerkezi;

import java.util.Arrays;
import java.util.stream.Collectors;

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

    /**
     * @throws IllegalArgumentException naming the valid operations, when {@code name} is none of them
     */
    public static IletimerkeziOperation fromUriName(String name) {
        for (IletimerkeziOperation op : values()) {
            if (op.uriName.equals(name) || op.name().equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown iletimerkezi operation '" + name + "'. Valid operations are: "
                                           + Arrays.stream(values()).map(IletimerkeziOperation::uriName)
                                                   .collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return uriName;
    }
}
