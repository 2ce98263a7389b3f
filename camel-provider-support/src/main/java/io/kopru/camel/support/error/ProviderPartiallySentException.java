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

import java.util.List;

/**
 * A send the component had to split into several requests (a batch larger than the provider takes in one) failed
 * part way. The parts before the failure were accepted, so the send as a whole is <em>not</em>
 * {@linkplain #isDefinitelyNotSent() definitely not sent}: repeating it, here or through another provider, would
 * deliver those parts twice. What to repeat is told precisely: {@link #getRecipientsNotSent()} certainly got nothing
 * and may be sent again; {@link #getRecipientsUncertain()} are those of the failed part when its own outcome is
 * ambiguous, to reconcile by a status query first. The failure of the part is the {@linkplain #getCause() cause}.
 */
public class ProviderPartiallySentException extends ProviderException {

    private static final long serialVersionUID = 1L;

    private final List<String> acceptedIds;
    private final int acceptedRecipients;
    private final List<String> recipientsNotSent;
    private final List<String> recipientsUncertain;

    /**
     * @param failure            why the part failed
     * @param acceptedIds        the provider's ids of the parts it accepted, in order
     * @param acceptedRecipients how many recipients those parts had
     * @param failedPart         the recipients of the part that failed
     * @param laterParts         the recipients of the parts that were never tried
     */
    public ProviderPartiallySentException(ProviderException failure, List<String> acceptedIds, int acceptedRecipients,
                                          List<String> failedPart, List<String> laterParts) {
        super(summary(failure, acceptedIds, acceptedRecipients, failedPart, laterParts), failure.getDetails(), false,
                failure);
        this.acceptedIds = List.copyOf(acceptedIds);
        this.acceptedRecipients = acceptedRecipients;
        List<String> notSent = new java.util.ArrayList<>();
        if (failure.isDefinitelyNotSent()) {
            notSent.addAll(failedPart);
        }
        notSent.addAll(laterParts);
        this.recipientsNotSent = List.copyOf(notSent);
        this.recipientsUncertain = failure.isDefinitelyNotSent() ? List.of() : List.copyOf(failedPart);
    }

    private static String summary(ProviderException failure, List<String> acceptedIds, int acceptedRecipients,
                                  List<String> failedPart, List<String> laterParts) {
        return "partly sent: " + acceptedIds.size() + " part(s) for " + acceptedRecipients
               + " recipient(s) accepted as " + acceptedIds + "; then a part of " + failedPart.size()
               + " recipient(s) failed (" + failure.getClass().getSimpleName()
               + (failure.isDefinitelyNotSent() ? ", not sent" : ", outcome unknown") + ") and " + laterParts.size()
               + " recipient(s) were not tried. Resend only getRecipientsNotSent()";
    }

    /** The provider's ids of the parts it accepted, in request order. */
    public List<String> getAcceptedIds() {
        return acceptedIds;
    }

    /** How many recipients the accepted parts had. */
    public int getAcceptedRecipients() {
        return acceptedRecipients;
    }

    /** Recipients that certainly got nothing: safe to send again, here or elsewhere. */
    public List<String> getRecipientsNotSent() {
        return recipientsNotSent;
    }

    /** Recipients of the failed part when its outcome is unknown: query the status before sending them again. */
    public List<String> getRecipientsUncertain() {
        return recipientsUncertain;
    }

    /** The failure of the part, with the provider's code and message. */
    @Override
    public synchronized ProviderException getCause() {
        return (ProviderException) super.getCause();
    }
}
