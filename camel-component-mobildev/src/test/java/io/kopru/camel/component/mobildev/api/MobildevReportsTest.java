package io.kopru.camel.component.mobildev.api;

import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports in either format, with one row or several, and statuses or dates this component does not know. */
class MobildevReportsTest {

    private static final Instant OBSERVED = Instant.parse("2025-03-26T12:00:00Z");

    @Test
    void aSingleXmlReportWithTheXmlApisDateFormat() throws Exception {
        List<DeliveryReport> reports = MobildevReports.parse(("<MainReportRoot><MsgID>1825415058</MsgID><Reports>"
                + "<Report><Number>5056647139</Number><Status>1</Status><Date>260320251500</Date></Report>"
                + "</Reports></MainReportRoot>").getBytes(StandardCharsets.UTF_8), "1825415058", OBSERVED);
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(r.getRecipient()).isEqualTo("5056647139");
            assertThat(r.getMessageId()).isEqualTo("1825415058");
            assertThat(r.getTime()).isEqualTo(LocalDateTime.of(2025, 3, 26, 15, 0)
                    .atZone(ZoneId.of("Europe/Istanbul")).toInstant());
        });
    }

    @Test
    void jsonReportsAndAnUnknownStatusStaysPending() throws Exception {
        List<DeliveryReport> reports = MobildevReports.parse(("{\"id\":\"7\",\"reports\":["
                + "{\"number\":\"5056647139\",\"status\":3,\"date\":\"2025-03-26T15:00:00+03:00\"},"
                + "{\"number\":\"5321234567\",\"status\":9,\"date\":null},"
                + "{\"number\":\"5321234568\",\"status\":2,\"date\":\"yesterday\"}]}")
                .getBytes(StandardCharsets.UTF_8), "7", OBSERVED);
        assertThat(reports).extracting(DeliveryReport::getStatus)
                .containsExactly(DeliveryStatus.EXPIRED, DeliveryStatus.PENDING, DeliveryStatus.UNDELIVERED);
        assertThat(reports.get(0).getTime()).isEqualTo(Instant.parse("2025-03-26T12:00:00Z"));
        assertThat(reports.get(1).getTime()).isEqualTo(OBSERVED);
        assertThat(reports.get(1).getProviderStatusCode()).isEqualTo("9");
        assertThat(reports.get(2).getTime()).isEqualTo(OBSERVED);
    }

    @Test
    void anEmptyReportIsAnEmptyList() throws Exception {
        assertThat(MobildevReports.parse("<MainReportRoot><MsgID>7</MsgID><Reports/></MainReportRoot>"
                .getBytes(StandardCharsets.UTF_8), "7", OBSERVED)).isEmpty();
    }
}
