package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import dev.docket.processor.writing.GeneratedNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedNamesTest {
  @Test
  void siblingsFlattenNesting() {
    ClassName nested = ClassName.get("org.example", "Outer", "Foo");
    assertThat(GeneratedNames.family(nested).canonicalName()).isEqualTo("org.example.Outer_Foo_Family");
    assertThat(GeneratedNames.params(nested).simpleName()).isEqualTo("Outer_Foo_Params");
    assertThat(GeneratedNames.builder(nested).simpleName()).isEqualTo("Outer_Foo_Builder");
  }

  @Test
  void defaultMainIsInTheLongestCommonPackage() {
    assertThat(GeneratedNames.defaultMain(List.of("org.example.a", "org.example.b.c"))
        .canonicalName()).isEqualTo("org.example.DocketMain");
    assertThat(GeneratedNames.defaultMain(List.of("org.example")).canonicalName())
        .isEqualTo("org.example.DocketMain");
    assertThat(GeneratedNames.defaultMain(List.of("a.b", "c.d")).canonicalName())
        .isEqualTo("DocketMain");
    assertThat(GeneratedNames.index(GeneratedNames.main("org.example.ttbar.Main")).canonicalName())
        .isEqualTo("org.example.ttbar.Main_TaskIndex");
  }
}
