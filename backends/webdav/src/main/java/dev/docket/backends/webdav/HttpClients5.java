package dev.docket.backends.webdav;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.util.Timeout;

/** The pooled HttpClient of one base, shared by every task thread of a run. */
final class HttpClients5 {
  /** Connections to one server: more than a run's usual workers, fewer than Apache's threads. */
  static final int CONNECTIONS = 32;

  private HttpClients5() {}

  static CloseableHttpClient create(SSLContext tls, Duration timeout) {
    Timeout limit = Timeout.of(timeout.toMillis(), TimeUnit.MILLISECONDS);
    return HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls))
            .setMaxConnTotal(CONNECTIONS)
            .setMaxConnPerRoute(CONNECTIONS)
            .setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(limit)
                .setSocketTimeout(limit) // the longest silence within a transfer, not its length
                .build())
            .build())
        .setDefaultRequestConfig(RequestConfig.custom()
            .setConnectionRequestTimeout(limit)
            .setResponseTimeout(limit)
            .build())
        // The runtime retries and fails over itself, with its own back-off.
        .disableAutomaticRetries()
        // A .gz file sent with Content-Encoding: gzip must arrive as its bytes, not unpacked.
        .disableContentCompression()
        .disableCookieManagement()
        .setUserAgent("docket-webdav")
        .build();
  }
}
