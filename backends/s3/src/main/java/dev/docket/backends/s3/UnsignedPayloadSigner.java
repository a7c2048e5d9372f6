package dev.docket.backends.s3;

import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.scheme.AuthScheme;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignRequest;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.IdentityProviders;

/**
 * SigV4 with {@code UNSIGNED-PAYLOAD} over plain http too, as over https. The SDK signs a body's
 * SHA-256 whenever the endpoint is http, and a server that checks that hash must hold the whole
 * body before it stores a byte: against s3proxy a 1 GB upload ran at half of curl's speed
 * (curl sends {@code UNSIGNED-PAYLOAD}, as S3 allows on any connection). The headers, the path
 * and the query stay signed, so the keys still prove who asks and for what; the body is covered
 * by TCP's checksums on plain http, by TLS on https, and a download by its announced length
 * ({@link WholeBody}).
 *
 * <p>The SDK's signer decides by the request's protocol alone, so it is shown the request as https
 * (on an equivalent port, so the signed {@code Host} is the one sent) and the signed request gets
 * its own protocol and port back.
 */
final class UnsignedPayloadSigner implements HttpSigner<AwsCredentialsIdentity> {
  private final AwsV4HttpSigner v4 = AwsV4HttpSigner.create();

  /** The SigV4 scheme with this signer, for {@code S3ClientBuilder.putAuthScheme}. */
  static AuthScheme<AwsCredentialsIdentity> scheme() {
    HttpSigner<AwsCredentialsIdentity> signer = new UnsignedPayloadSigner();
    return new AuthScheme<>() {
      @Override
      public String schemeId() {
        return AwsV4AuthScheme.SCHEME_ID;
      }

      @Override
      public IdentityProvider<AwsCredentialsIdentity> identityProvider(IdentityProviders providers) {
        return providers.identityProvider(AwsCredentialsIdentity.class);
      }

      @Override
      public HttpSigner<AwsCredentialsIdentity> signer() {
        return signer;
      }
    };
  }

  @Override
  public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
    SdkHttpRequest http = request.request();
    if ("https".equals(http.protocol())) {
      return v4.sign(request);
    }
    SdkHttpRequest asHttps = http.toBuilder()
        .protocol("https")
        .port(http.port() == 80 ? 443 : http.port())
        .build();
    SignedRequest signed = v4.sign(request.copy(b -> b.request(asHttps)
        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)));
    SdkHttpRequest back = signed.request().toBuilder().protocol(http.protocol()).port(http.port()).build();
    return signed.copy(b -> b.request(back));
  }

  @Override
  public CompletableFuture<AsyncSignedRequest> signAsync(AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
    return v4.signAsync(request); // the synchronous client never signs asynchronously
  }
}
