package dev.docket.backends.s3;

import dev.docket.runtime.BadInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The S3 options of one {@code [fs.<name>]} section, checked. Credentials come from {@code
 * access-key} with {@code secret-key}, or from an AWS credentials file ({@code credentials-file},
 * its {@code profile}), else from the environment ({@code AWS_ACCESS_KEY_ID} and {@code
 * AWS_SECRET_ACCESS_KEY}) or {@code ~/.aws/credentials}. The secret never appears in a message.
 *
 * @param endpoint the server, e.g. {@code https://s3.cern.ch}; empty for AWS itself
 * @param region the signing region; {@code us-east-1} unless configured (what S3-compatible
 *     stores expect)
 * @param accessKey with {@code secretKey}: static credentials
 * @param credentialsFile an AWS credentials file, read with {@code profile}
 */
record S3Options(
    Optional<URI> endpoint,
    String region,
    Optional<String> accessKey,
    Optional<String> secretKey,
    Optional<Path> credentialsFile,
    String profile) {
  static final String ENDPOINT = "endpoint";
  static final String REGION = "region";
  static final String ACCESS_KEY = "access-key";
  static final String SECRET_KEY = "secret-key";
  static final String CREDENTIALS_FILE = "credentials-file";
  static final String PROFILE = "profile";
  static final List<String> KEYS =
      List.of(ENDPOINT, REGION, ACCESS_KEY, SECRET_KEY, CREDENTIALS_FILE, PROFILE);

  private static final Pattern REGION_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /**
   * Reads {@code options}; a bad value is a {@link BadInputException} naming the key where {@code
   * where} says it is written (e.g. {@code /a/docket.cfg, line 7}).
   */
  static S3Options read(String section, Map<String, String> options, Function<String, String> where) {
    Optional<URI> endpoint = Optional.ofNullable(options.get(ENDPOINT)).map(
        value -> endpoint(section, value, where.apply(ENDPOINT)));
    String region = options.getOrDefault(REGION, "us-east-1").trim();
    if (!REGION_NAME.matcher(region).matches()) {
      throw new BadInputException("bad value '" + region + "' for [" + section + "] region in "
          + where.apply(REGION) + ": expected a region name such as us-east-1");
    }
    Optional<String> accessKey = Optional.ofNullable(options.get(ACCESS_KEY)).map(String::trim);
    Optional<String> secretKey = Optional.ofNullable(options.get(SECRET_KEY)).map(String::trim);
    if (accessKey.isPresent() != secretKey.isPresent()) {
      String given = accessKey.isPresent() ? ACCESS_KEY : SECRET_KEY;
      String missing = accessKey.isPresent() ? SECRET_KEY : ACCESS_KEY;
      throw new BadInputException("[" + section + "] has " + given + " (" + where.apply(given)
          + ") but no " + missing + ": give both, or a credentials-file instead");
    }
    Optional<Path> file = Optional.ofNullable(options.get(CREDENTIALS_FILE)).map(
        value -> Path.of(value.trim()));
    if (file.isPresent() && accessKey.isPresent()) {
      throw new BadInputException("[" + section + "] has both access-key/secret-key and "
          + "credentials-file (" + where.apply(CREDENTIALS_FILE) + "): keep one of them");
    }
    if (file.isPresent() && !Files.isReadable(file.get())) {
      throw new BadInputException("[" + section + "] credentials-file " + file.get() + " in "
          + where.apply(CREDENTIALS_FILE) + " is not a readable file: fix the path, or give "
          + "access-key and secret-key instead");
    }
    String profile = options.getOrDefault(PROFILE, "default").trim();
    if (options.containsKey(PROFILE) && file.isEmpty()) {
      throw new BadInputException("[" + section + "] profile in " + where.apply(PROFILE)
          + " needs a credentials-file to read it from");
    }
    return new S3Options(endpoint, region, accessKey, secretKey, file, profile);
  }

  private static URI endpoint(String section, String value, String where) {
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme();
      if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new BadInputException("bad value '" + value + "' for [" + section + "] endpoint in "
        + where + ": expected the server's http(s) URL, e.g. https://s3.example.org:9000");
  }
}
