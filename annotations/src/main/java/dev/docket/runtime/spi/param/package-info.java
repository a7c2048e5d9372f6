/**
 * The one grammar of parameter values, shared by the processor and the runtime: the converters
 * of every type {@code @Param} supports ({@link dev.docket.runtime.spi.param.Converters}), the
 * description of one parameter ({@link dev.docket.runtime.spi.param.ParamSpec}), resource amounts,
 * whole numbers in ASCII digits, and the quoting of user text in messages. The processor checks
 * defaults and {@code @Task} settings with it when it compiles; generated code and the runtime
 * parse the command line and {@code docket.cfg} with it, so what compiles is what runs.
 *
 * <p>SPI: for generated code, the processor and the runtime, not for analyses. It ships in
 * {@code docket-annotations} and depends on nothing but the JDK and
 * {@code dev.docket.runtime.param}, so that the processor does not depend on the runtime.
 */
package dev.docket.runtime.spi.param;
