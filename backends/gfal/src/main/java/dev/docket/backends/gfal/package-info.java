/**
 * The gfal2 storage backend: any protocol gfal2 speaks ({@code srm://}, {@code gsiftp://}, and
 * with {@code protocol = gfal} any other URL: {@code root://}, {@code davs://}, {@code s3://},
 * {@code file://}), through the gfal2 command line. {@link dev.docket.backends.gfal.GfalProvider}
 * checks the section; {@link dev.docket.backends.gfal.GfalStorage} runs one {@code gfal-*}
 * command per request ({@link dev.docket.backends.gfal.GfalCli}, an argument list, never a shell
 * string), reads its output ({@link dev.docket.backends.gfal.GfalOutput}) and its errno ({@link
 * dev.docket.backends.gfal.GfalErrors}).
 *
 * <p>Depends only on the runtime's SPI ({@code spi.storage}, {@code spi.config}) and user API;
 * nothing depends on it (it is found on the class path at run time).
 */
package dev.docket.backends.gfal;
