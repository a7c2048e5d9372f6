/**
 * One JavaPoet writer per generated file, over a shared header
 * ({@link dev.docket.processor.writing.SourceFileGenerator}); every generated name comes from
 * {@link dev.docket.processor.writing.GeneratedNames}.
 *
 * <p>The generated files of one task depend one way, so that each can be read (and changed)
 * without the ones it does not name: {@code Foo_Builder} -> {@code Foo_Family} ->
 * {@code Foo_Params} -> no generated class; {@code <Main>} -> {@code <Main>_TaskIndex} -> every
 * {@code Foo_Family}. Across tasks, a family names the families (and, for {@code @Requires}
 * fields, the builders) of the tasks it requires.
 *
 * <p>Depends on {@code base}, {@code model} and {@code dev.docket.runtime.spi.param}; names the
 * runtime's types as text ({@code RuntimeTypes}), since the processor does not depend on the
 * runtime. The processor's steps use it.
 */
package dev.docket.processor.writing;
