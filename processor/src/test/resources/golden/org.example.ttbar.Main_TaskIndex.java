package org.example.ttbar;

import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskIndex;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The task families of this compilation, found by {@link java.util.ServiceLoader}.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Main_TaskIndex implements TaskIndex {
  @Override
  public List<TaskFamily<?>> families() {
    return List.of(Reconstruction_Family.INSTANCE, Selection_Family.INSTANCE,
        Merge_Family.INSTANCE);
  }
}
