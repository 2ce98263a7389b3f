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
package io.kopru.camel.support.error;

import io.kopru.camel.support.ratelimit.RateLimitInfo;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.DefaultExchangeHolder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every exception of the hierarchy survives Java serialization whole, as where Camel serializes an exchange (a JMS
 * {@code ObjectMessage}, a JDBC aggregation repository, a dead-letter queue on a broker).
 */
class ProviderExceptionSerializationTest {

    private static final ProviderErrorDetails DETAILS = ProviderErrorDetails.of("acme").httpStatus(451)
            .providerCode("451").providerMessage("Hesap bulunamadı").remedy("Check the API key").build();
    private static final RateLimitInfo RATE_LIMIT = new RateLimitInfo(10L, 0L, Instant.parse("2026-12-01T10:00:00Z"),
            Duration.ofSeconds(30));

    /** One instance of every concrete exception type in this package. */
    private static List<ProviderException> everyType() {
        return List.of(
                new ProviderAmbiguousResultException(DETAILS, new SocketTimeoutException("Read timed out")),
                new ProviderAuthenticationException(DETAILS),
                new ProviderAuthorizationException(DETAILS, new IllegalArgumentException("scope")),
                new ProviderConsentRequiredException(DETAILS),
                new ProviderDuplicateRequestException(DETAILS),
                new ProviderInvalidRequestException(DETAILS),
                new ProviderPartiallySentException(new ProviderRateLimitException(DETAILS, RATE_LIMIT),
                        List.of("11", "12"), 2000, List.of("905321112233"), List.of("905321112244")),
                new ProviderQuotaException(DETAILS),
                new ProviderRateLimitException(DETAILS, RATE_LIMIT),
                new ProviderRateLimitException(DETAILS, RateLimitInfo.NONE),
                new ProviderRepeatedTokenException(DETAILS),
                new ProviderUnavailableException(DETAILS, null),
                new ProviderUnknownErrorException(DETAILS, true),
                new ProviderValidationException("acme", List.of("the text is empty", "no recipient")));
    }

    @Test
    void theSamplesCoverEveryExceptionTypeOfThePackage() throws Exception {
        Set<Class<?>> sampled = everyType().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(concreteExceptionTypesOfThisPackage());
    }

    @Test
    void everyTypeKeepsWhatItCarriesThroughARoundTrip() {
        for (ProviderException original : everyType()) {
            ProviderException copy = roundTrip(original);
            assertThat(copy).as(original.getClass().getSimpleName()).isExactlyInstanceOf(original.getClass())
                    .hasMessage(original.getMessage());
            assertSameFacts(copy, original);
        }
    }

    @Test
    void theSubclassesKeepTheirOwnFields() {
        ProviderRateLimitException rateLimited = roundTrip(new ProviderRateLimitException(DETAILS, RATE_LIMIT));
        assertThat(rateLimited.getRetryAfter()).contains(Duration.ofSeconds(30));
        assertThat(rateLimited.getResetAt()).contains(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(rateLimited.getRateLimit().limit()).contains(10L);
        assertThat(rateLimited.getRateLimit().remaining()).contains(0L);
        assertThat(roundTrip(new ProviderRateLimitException(DETAILS, null)).getRateLimit()).isSameAs(RateLimitInfo.NONE);

        ProviderPartiallySentException partial = roundTrip((ProviderPartiallySentException) everyType().stream()
                .filter(ProviderPartiallySentException.class::isInstance).findFirst().orElseThrow());
        assertThat(partial.getAcceptedIds()).containsExactly("11", "12");
        assertThat(partial.getAcceptedRecipients()).isEqualTo(2000);
        assertThat(partial.getRecipientsNotSent()).containsExactly("905321112233", "905321112244");
        assertThat(partial.getRecipientsUncertain()).isEmpty();
        assertThat(partial.getCause()).isInstanceOf(ProviderRateLimitException.class);
        assertSameFacts(partial.getCause(), new ProviderRateLimitException(DETAILS, RATE_LIMIT));

        ProviderValidationException invalid = roundTrip(new ProviderValidationException("acme", List.of("a", "b")));
        assertThat(invalid.getViolations()).containsExactly("a", "b");

        ProviderAmbiguousResultException ambiguous = roundTrip(new ProviderAmbiguousResultException(DETAILS,
                new SocketTimeoutException("Read timed out")));
        assertThat(ambiguous.getCause()).isInstanceOf(SocketTimeoutException.class).hasMessage("Read timed out");
    }

    @Test
    void anExchangeFailedWithAProviderExceptionSurvivesCamelsExchangeHolder() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Exchange failed = new DefaultExchange(context);
            failed.getMessage().setBody("Merhaba");
            failed.setException(new ProviderRateLimitException(DETAILS, RATE_LIMIT));

            // what camel-sql's JdbcAggregationRepository and camel-jms (transferExchange) serialize
            DefaultExchangeHolder holder = roundTrip(DefaultExchangeHolder.marshal(failed));
            Exchange restored = new DefaultExchange(context);
            DefaultExchangeHolder.unmarshal(restored, holder);

            assertThat(restored.getException()).isInstanceOfSatisfying(ProviderRateLimitException.class, e -> {
                assertThat(e.getProvider()).isEqualTo("acme");
                assertThat(e.isDefinitelyNotSent()).isTrue();
                assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(30));
            });
        }
    }

    private static void assertSameFacts(ProviderException copy, ProviderException original) {
        assertThat(copy.getProvider()).isEqualTo(original.getProvider());
        assertThat(copy.getHttpStatus()).isEqualTo(original.getHttpStatus());
        assertThat(copy.getProviderCode()).isEqualTo(original.getProviderCode());
        assertThat(copy.getProviderMessage()).isEqualTo(original.getProviderMessage());
        assertThat(copy.getRemedy()).isEqualTo(original.getRemedy());
        assertThat(copy.isDefinitelyNotSent()).isEqualTo(original.isDefinitelyNotSent());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(object);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The concrete ProviderException classes compiled into this package, found on the class path. */
    private static Set<Class<?>> concreteExceptionTypesOfThisPackage() throws IOException, URISyntaxException {
        Path dir = Path.of(ProviderException.class.getResource("ProviderException.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> load(ProviderException.class.getPackageName() + "." + n.replace(".class", "")))
                    .filter(ProviderException.class::isAssignableFrom)
                    .filter(c -> !Modifier.isAbstract(c.getModifiers()))
                    .collect(Collectors.toSet());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
