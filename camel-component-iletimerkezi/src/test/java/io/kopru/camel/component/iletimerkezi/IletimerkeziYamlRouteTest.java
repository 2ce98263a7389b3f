package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.component.iletimerkezi.api.IletimerkeziReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's YAML route, loaded as a user would load it, against the sandbox. */
class IletimerkeziYamlRouteTest extends IletimerkeziTestSupport {

    @Test
    void theReadmeExampleSendsAndReports() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:routes/iletimerkezi-example.yaml"));

        Exchange sent = template.send("direct:otp", e -> {
            e.getMessage().setHeader("phone", "0532 123 45 67");
            e.getMessage().setHeader("code", "481516");
        });
        assertThat(sent.getException()).isNull();
        String id = sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
        assertThat(iletimerkezi.order(id).parts.get(0).text).isEqualTo("Doğrulama kodunuz: 481516");

        iletimerkezi.deliverAll();
        Exchange report = template.send("direct:report", e -> e.getMessage().setHeader(SmsHeaders.MESSAGE_ID, id));
        assertThat(report.getMessage().getBody(IletimerkeziReport.class).getReports())
                .singleElement().satisfies(r -> assertThat(r.getStatus()).isEqualTo(DeliveryStatus.DELIVERED));
    }
}
