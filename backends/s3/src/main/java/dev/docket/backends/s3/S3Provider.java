package dev.docket.backends.s3;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * {@code s3://bucket/prefix/} bases (or {@code protocol = s3}): a section's options are {@link
 * S3Options#KEYS}. The SDK neither retries nor fails over (the runtime does both, the same for
 * every protocol), and the section's {@code timeout} bounds connecting and each wait for data,
 * not a whole transfer, so that a large file is not cut off while it is flowing.
 */
@AutoService(StorageProvider.class)
public final class S3Provider implements StorageProvider {
  @Override
  public String name() {
    return "s3";
  }

  @Override
  public Set<String> schemes() {
    return Set.of("s3");
  }

  @Override
  public List<String> options() {
    return S3Options.KEYS;
  }

  @Override
  public void check(DocketConfig config, String section) {
    S3Options.read(section, config.section(section), key -> config.where(section, key));
  }

  @Override
  public StorageClient open(StorageSettings settings, URI base) throws IOException {
    String section = "fs." + settings.fs();
    S3Options options = S3Options.read(section, settings.options(), key -> "[" + section + "] " + key);
    return storage(settings, options, base, S3Storage.Sizes.DEFAULT);
  }

  /**
   * The storage with {@code sizes}, its downloads straight from the socket where the endpoint is
   * plain http. The credentials are checked now; the SDK's client is built when a request first
   * needs it ({@link LazyClient}).
   */
  static S3Storage storage(StorageSettings settings, S3Options options, URI base, S3Storage.Sizes sizes)
      throws StorageException {
    S3Errors errors = new S3Errors(settings.fs());
    AwsCredentialsProvider credentials = checked(credentials(options), settings, base);
    LazyClient client = LazyClient.of(() -> client(options, credentials, http(settings)));
    return new S3Storage(client, errors, sizes, DirectGet.over(
        options.endpoint(), options.region(), credentials, settings.timeout(), errors));
  }

  static S3Client client(StorageSettings settings, S3Options options, URI base) throws StorageException {
    return client(settings, options, base, http(settings));
  }

  /** The client over {@code http}: the JDK's by default; another one where a measurement compares them. */
  static S3Client client(StorageSettings settings, S3Options options, URI base,
      SdkHttpClient.Builder<?> http) throws StorageException {
    return client(options, checked(credentials(options), settings, base), http);
  }

  private static SdkHttpClient.Builder<?> http(StorageSettings settings) {
    return UrlConnectionHttpClient.builder()
        .connectionTimeout(settings.timeout())
        .socketTimeout(settings.timeout());
  }

  /** {@code credentials}, resolved once now: a missing key is a mistake, not a fault to retry. */
  private static AwsCredentialsProvider checked(AwsCredentialsProvider credentials, StorageSettings settings,
      URI base) throws StorageException {
    try {
      credentials.resolveCredentials();
      return credentials;
    } catch (SdkException e) {
      throw new StorageException(Kind.PERMANENT, base, base + ": no S3 credentials for [fs."
          + settings.fs() + "]: give access-key and secret-key or a credentials-file there, or set "
          + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", e);
    }
  }

  private static S3Client client(S3Options options, AwsCredentialsProvider credentials,
      SdkHttpClient.Builder<?> http) {
    S3ClientBuilder builder = S3Client.builder()
        .httpClient(http.build())
        .region(Region.of(options.region()))
        .credentialsProvider(credentials)
        .putAuthScheme(UnsignedPayloadSigner.scheme())
        // Plain bodies, not aws-chunked ones: s3proxy drops the connection in the middle of
        // one now and then (seen here: one PutObject in ten over http).
        .serviceConfiguration(c -> c.pathStyleAccessEnabled(true).chunkedEncodingEnabled(false))
        // Checksums only where S3 demands them: S3-compatible stores reject the newer headers.
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
    options.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(S3Options options) {
    if (options.accessKey().isPresent()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(options.accessKey().get(), options.secretKey().orElseThrow()));
    }
    if (options.credentialsFile().isPresent()) {
      ProfileFile file = ProfileFile.builder()
          .content(options.credentialsFile().get())
          .type(ProfileFile.Type.CREDENTIALS)
          .build();
      return ProfileCredentialsProvider.builder()
          .profileFile(file)
          .profileName(options.profile())
          .build();
    }
    // No instance-metadata lookups: they stall for seconds off EC2, where Docket's users run.
    return AwsCredentialsProviderChain.of(
        EnvironmentVariableCredentialsProvider.create(), ProfileCredentialsProvider.create());
  }
}
