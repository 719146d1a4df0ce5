package org.kakehashi.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void hiragana_katakana_and_half_width_katakana_are_written_alike() {
        assertThat(SearchText.normalise("トヨハシ")).isEqualTo(SearchText.normalise("とよはし"));
        assertThat(SearchText.normalise("ﾄﾖﾊｼ")).isEqualTo(SearchText.normalise("とよはし"));
        // Voiced and semi-voiced kana keep their marks: ガ is not カ
        assertThat(SearchText.normalise("ｶﾞｲﾀﾞﾝｽ")).isEqualTo("がいだんす");
        assertThat(SearchText.normalise("パナソニック")).isEqualTo("ぱなそにっく");
        assertThat(SearchText.normalise("ガ")).isNotEqualTo(SearchText.normalise("カ"));
        assertThat(SearchText.normalise("ヴ")).isEqualTo("ゔ");
    }

    @Test
    void full_width_and_half_width_letters_and_digits_are_written_alike() {
        assertThat(SearchText.normalise("ＴＯＹＯＴＡ　２０２６")).isEqualTo("toyota 2026");
        assertThat(SearchText.normalise("Malmö")).isEqualTo("malmo");
        assertThat(SearchText.normalise("東京大学")).isEqualTo("東京大学");
    }

    @Test
    void a_search_in_either_kana_finds_a_name_written_in_the_other() {
        var stored = SearchText.of("Toyohashi Giken", "豊橋技研", "トヨハシギケン");
        var search = SearchText.containsPattern("とよはし").replace("%", "");

        assertThat(stored).contains(search);
        assertThat(stored).contains(SearchText.containsPattern("ﾄﾖﾊｼｷﾞｹﾝ").replace("%", ""));
    }
}
