package io.kopru.camel.routes.pending;

import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsMessage;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PendingDeliveryStoresTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void inMemory() {
        exercise(new InMemoryPendingDeliveryStore());
    }

    @Test
    void jdbcSurvivesANewInstance() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:pending;DB_CLOSE_DELAY=-1");
        exercise(new JdbcPendingDeliveryStore(ds));
        new JdbcPendingDeliveryStore(ds).put(PendingDelivery.tracked("iletimerkezi", "42", T0));
        assertThat(new JdbcPendingDeliveryStore(ds).due(10)).extracting(PendingDelivery::getMessageId).contains("42");
    }

    private static void exercise(PendingDeliveryStore store) {
        PendingDelivery a = PendingDelivery.tracked("iletimerkezi", "1", T0);
        PendingDelivery b = PendingDelivery.tracked("mobildev", "2", T0.plusSeconds(1));
        PendingDelivery parked = PendingDelivery.parked("iletimerkezi", SmsMessage.of("metin", "5321234567"),
                T0.plusSeconds(2));
        store.put(a);
        store.put(b);
        store.put(parked);
        assertThat(store.size()).isEqualTo(3);

        // least recently polled first: a polled now goes last
        store.put(a.polled(T0.plusSeconds(10), Map.of("+905321234567", DeliveryStatus.PENDING)));
        assertThat(store.due(10)).extracting(PendingDelivery::getMessageId)
                .containsExactly("2", parked.getMessageId(), "1");
        assertThat(store.due(1)).hasSize(1);

        PendingDelivery readBack = store.due(10).stream().filter(d -> d.getState() == PendingDelivery.State.PARKED)
                .findFirst().orElseThrow();
        assertThat(readBack.getMessage().getText()).isEqualTo("metin");
        assertThat(readBack.getMessage().getTo()).containsExactly("5321234567");

        store.remove("iletimerkezi", "1");
        store.remove("mobildev", "2");
        store.remove("iletimerkezi", parked.getMessageId());
        assertThat(store.size()).isZero();
    }
}
