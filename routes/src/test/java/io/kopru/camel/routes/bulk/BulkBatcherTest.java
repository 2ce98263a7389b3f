package io.kopru.camel.routes.bulk;

import io.kopru.camel.support.phone.PhoneNumbers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BulkBatcherTest {

    /** The batcher's quick check of plain Turkish digits gives the verdict of the full check, for every form. */
    @Test
    void theQuickNumberCheckAgreesWithTheFullOne() {
        BulkBatcher batcher = new BulkBatcher();
        Random random = new Random(42);
        List<String> numbers = new ArrayList<>();
        for (int prefix = 500; prefix <= 599; prefix++) {
            for (int i = 0; i < 20; i++) {
                String national = prefix + String.format("%07d", random.nextInt(10_000_000));
                numbers.addAll(List.of(national, "0" + national, "90" + national, "+90" + national));
            }
        }
        numbers.addAll(List.of("5321234567", "532123456", "53212345678", "4321234567", "2121234567", "+12025550123",
                "+447911123456", "5321 234567", "532-1234567", "00905321234567", "+9053212345a7", "", "x"));
        for (String number : numbers) {
            assertThat(batcher.validMobile(number)).as(number)
                    .isEqualTo(PhoneNumbers.check(number, PhoneNumbers.Scope.ANY_MOBILE) == null);
        }
    }
}
