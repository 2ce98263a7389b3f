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
package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.component.iletimerkezi.api.IletimerkeziApi;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziBalance;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziOrderBuilder;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziReport;
import io.kopru.camel.support.component.ProviderProducer;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.health.ProviderHealthCheck;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsRequests;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calls one iletiMerkezi operation per exchange. */
public class IletimerkeziProducer extends ProviderProducer {

    private final IletimerkeziEndpoint endpoint;
    private final IletimerkeziConfiguration configuration;
    private final IletimerkeziOperation operation;
    private final IletimerkeziOrderBuilder orders;
    private IletimerkeziApi api;

    public IletimerkeziProducer(IletimerkeziEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.operation = configuration.getOperation();
        this.orders = new IletimerkeziOrderBuilder(configuration.getSender(), configuration.isCommercial(),
                configuration.getIysList());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        api = new IletimerkeziApi(http(), configuration.getBaseUrl(), configuration.getApiKey(),
                configuration.getSecretKey(), Clock.systemUTC());
    }

    /** get-balance has no side effect and needs valid credentials: the provider's own advice for checking them. */
    @Override
    protected ProviderHealthCheck.Probe healthProbe() {
        return () -> {
            IletimerkeziBalance balance = api.getBalance();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("balance.sms", balance.getSms());
            details.put("balance.amount", balance.getAmount());
            return details;
        };
    }

    @Override
    protected boolean isSmsSend() {
        return operation == IletimerkeziOperation.SEND_SMS;
    }

    @Override
    protected void processOperation(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        switch (operation) {
            case SEND_SMS:
                sendSms(in);
                break;
            case GET_REPORT: {
                IletimerkeziReport report = api.getReport(orderId(in));
                in.setHeader(IletimerkeziConstants.ORDER_STATUS, report.getOrderStatus());
                in.setBody(report);
                break;
            }
            case GET_REPORTS:
                in.setBody(api.getReports(date(in, IletimerkeziConstants.START_DATE),
                        date(in, IletimerkeziConstants.END_DATE)));
                break;
            case CANCEL_ORDER: {
                String id = orderId(in);
                api.cancelOrder(id);
                in.setHeader(SmsHeaders.MESSAGE_ID, id);
                in.setBody(id);
                break;
            }
            case GET_BALANCE: {
                IletimerkeziBalance balance = api.getBalance();
                in.setHeader(IletimerkeziConstants.BALANCE_SMS, balance.getSms());
                in.setBody(balance);
                break;
            }
            case GET_SENDER:
                in.setBody(api.getSenders());
                break;
            case GET_BLACKLIST:
                in.setBody(api.getBlacklist(dateTime(in, IletimerkeziConstants.START_DATE),
                        dateTime(in, IletimerkeziConstants.END_DATE)));
                break;
            case ADD_BLACKLIST:
            case DELETE_BLACKLIST:
                in.setBody(api.changeBlacklist(in.getBody(String.class), operation == IletimerkeziOperation.ADD_BLACKLIST));
                break;
            default:
                throw new IllegalStateException("unhandled operation " + operation);
        }
    }

    private void sendSms(Message in) throws InterruptedException {
        List<SmsMessage> messages = SmsRequests.read(IletimerkeziConstants.PROVIDER, in);
        IletimerkeziOrderBuilder.Order order = orders.build(messages); // refuses bad input before anything is sent
        SmsSendResult result = api.sendSms(order);
        SmsHeaders.writeResult(in, result);
        in.setBody(result);
    }

    private static String orderId(Message in) {
        String id = in.getHeader(SmsHeaders.MESSAGE_ID, String.class);
        return id != null ? id : in.getBody(String.class);
    }

    private static LocalDate date(Message in, String header) {
        Object value = in.getHeader(header);
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof LocalDateTime) {
            return ((LocalDateTime) value).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            throw new ProviderValidationException(IletimerkeziConstants.PROVIDER,
                    header + " '" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    private static LocalDateTime dateTime(Message in, String header) {
        Object value = in.getHeader(header);
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        if (value instanceof LocalDate) {
            return header.equals(IletimerkeziConstants.END_DATE)
                    ? ((LocalDate) value).atTime(23, 59, 59) : ((LocalDate) value).atStartOfDay();
        }
        try {
            return LocalDateTime.parse(value.toString().trim(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        } catch (DateTimeParseException e) {
            throw new ProviderValidationException(IletimerkeziConstants.PROVIDER,
                    header + " '" + value + "' is not a date and time (yyyy-MM-dd HH:mm:ss)");
        }
    }

    @Override
    public IletimerkeziEndpoint getEndpoint() {
        return endpoint;
    }
}
