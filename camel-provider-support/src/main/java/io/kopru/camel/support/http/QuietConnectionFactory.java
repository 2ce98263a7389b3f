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
package io.kopru.camel.support.http;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Connections that never write HttpClient's wire or header log. At DEBUG those logs
 * ({@code org.apache.hc.client5.http.wire} and {@code .headers}) print every request in full: the API key and hash
 * inside iletiMerkezi's JSON body, {@code X-API-Key}, {@code Authorization: Bearer ...}. A user who turns on DEBUG to
 * find a problem must not leak credentials, so these connections are HttpCore's plain ones, which log nothing. The components log what they send at DEBUG, with secrets masked.
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    private static final AtomicLong COUNTER = new AtomicLong();

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        QuietConnection connection = new QuietConnection("kopru-http-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /**
     * HttpCore's plain client connection (which has no logging) with the few methods the connection pool needs.
     * HttpClient's own managed connection adds only the logging this class exists to avoid.
     */
    static final class QuietConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {

        private final String id;
        private volatile Timeout activeTimeout;

        QuietConnection(String id) {
            super(Http1Config.DEFAULT);
            this.id = id;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            super.bind(socket);
            activeTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            super.bind(sslSocket, socket);
            activeTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
        }

        @Override
        public Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder != null ? holder.getSocket() : null;
        }

        @Override
        public void setSocketTimeout(Timeout timeout) {
            super.setSocketTimeout(timeout);
            activeTimeout = timeout;
        }

        /** An idle pooled connection waits without a timeout; {@link #activate()} restores it. */
        @Override
        public void passivate() {
            super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
        }

        @Override
        public void activate() {
            super.setSocketTimeout(activeTimeout);
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
