package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An article's mentioned years and decades keep the first of each value in order and drop nulls, as
 * a {@link LinkedHashSet} of the non-null values would: over seeded random lists short and long
 * (the search among kept values and the set that takes over past sixteen values).
 */
class ArticleDistinctYearsTest {
  @Test
  void yearsAndDecadesAreTheDistinctNonNullValuesInFirstSeenOrder() {
    Random random = new Random(20261122L);
    for (int k = 0; k < 5_000; k++) {
      int n = random.nextInt(k % 10 == 0 ? 60 : 20);
      List<Integer> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        values.add(random.nextInt(8) == 0 ? null : 1900 + random.nextInt(1 + random.nextInt(40)));
      }
      List<Integer> expected =
          List.copyOf(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList()));
      Article a =
          Article.builder("a" + k)
              .body("text")
              .mentionedYears(values)
              .mentionedDecades(values)
              .build();
      assertThat(a.mentionedYears()).as("%s", values).containsExactlyElementsOf(expected);
      assertThat(a.mentionedDecades()).as("%s", values).containsExactlyElementsOf(expected);
      assertThatThrownBy(() -> a.mentionedYears().add(1))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
