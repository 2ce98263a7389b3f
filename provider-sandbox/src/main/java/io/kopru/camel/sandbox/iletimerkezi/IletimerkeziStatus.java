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
package io.kopru.camel.sandbox.iletimerkezi;

import java.util.Map;

/** iletiMerkezi's status codes and the Turkish messages its API sends with them. */
final class IletimerkeziStatus {

    static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(200, "İşlem başarılı"),
            Map.entry(400, "İstek çözümlenemedi"),
            Map.entry(401, "Üyelik bilgileri hatalı"),
            Map.entry(402, "Bakiye yetersiz"),
            Map.entry(404, "API istek yapılan yönteme sahip değil"),
            Map.entry(422, "İstek içerisindeki değerler doğrulanamadı."),
            Map.entry(429, "Çok fazla istek"),
            Map.entry(450, "Gönderilen başlık kullanıma uygun değil"),
            Map.entry(451, "Tekrar eden sipariş"),
            Map.entry(452, "Mesaj alıcıları hatalı"),
            Map.entry(453, "Sipariş boyutu aşıldı"),
            Map.entry(454, "Mesaj metni boş"),
            Map.entry(455, "Sipariş bulunamadı"),
            Map.entry(456, "Sipariş gönderim tarihi henüz gelmedi"),
            Map.entry(457, "Mesaj gönderim tarihinin formatı hatalı"),
            Map.entry(458, "Tarih aralığı hatalı"),
            Map.entry(459, "Başlık kısmı boş olamaz"),
            Map.entry(460, "Başlık 11 karakterden fazla olmamalı ve Türkçe karakter içermemelidir."),
            Map.entry(464, "Page değeri 1 den başlamalı."),
            Map.entry(466, "Hatalı numara."),
            Map.entry(468, "IYS üzerinden sorgulama yapılıp, yapılmayacağını ayarlamalısınız."),
            Map.entry(469, "IYS listenizi seçmelisiniz, BIREYSEL veya TACIR."),
            Map.entry(503, "Sunucu geçici olarak servis dışı"));

    private IletimerkeziStatus() {
    }

    /** An answer the API refuses a request with: the HTTP status repeats the body's code. */
    static final class Refusal extends RuntimeException {
        final int code;

        Refusal(int code) {
            super(MESSAGES.getOrDefault(code, "Bilinmeyen hata"), null, false, false);
            this.code = code;
        }
    }

    static Refusal refuse(int code) {
        return new Refusal(code);
    }
}
