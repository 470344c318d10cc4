// The legacy-encoding guess, on Vietnamese phrases encoded by hand in each encoding (the bytes
// below were written from the code tables: Windows-1258 with combining tone marks where it has
// no precomposed letter, TCVN3 one byte a letter, VNI a vowel followed by its mark bytes).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "load/encoding.hpp"

namespace baocao {
namespace {

struct Phrase {
  const char* text;  // what the bytes say
  const char* windows1258;
  const char* tcvn3;
  const char* vni;
};

const std::vector<Phrase> kPhrases = {
    {"thị xã An Khê", "thi\xF2 xa\xDE An Kh\xEA", "th\xDE x\xB7 An Kh\xAA",
     "th\xF2 xa\xF5 An Khe\xE2"},
    {"phường Tây Sơn", "ph\xFD\xF5\xCCng T\xE2y S\xF5n", "ph\xAD\xEAng T\xA9y S\xACn",
     "ph\xF6\xF4\xF8ng Ta\xE2y S\xF4n"},
    {"Tổng giá trị sản xuất", "T\xF4\xD2ng gi\xE1 tri\xF2 sa\xD2n xu\xE2\xECt",
     "T\xE6ng gi\xB8 tr\xDE s\xB6n xu\xCAt", "To\xE5ng gia\xF9 tr\xF2 sa\xFBn xua\xE1t"},
    {"Thu ngân sách nhà nước trên địa bàn",
     "Thu ng\xE2n s\xE1"
     "ch nh\xE0 n\xFD\xF5\xEC"
     "c tr\xEAn \xF0i\xF2"
     "a b\xE0n",
     "Thu ng\xA9n s\xB8"
     "ch nh\xB5 n\xAD\xED"
     "c tr\xAAn \xAE\xDE"
     "a b\xB5n",
     "Thu nga\xE2n sa\xF9"
     "ch nha\xF8 n\xF6\xF4\xF9"
     "c tre\xE2n \xF1\xF2"
     "a ba\xF8n"},
    {"Tỷ lệ hộ nghèo", "Ty\xD2 l\xEA\xF2 h\xF4\xF2 ngh\xE8o", "T\xFB l\xD6 h\xE9 ngh\xCCo",
     "Ty\xFB le\xE4 ho\xE4 nghe\xF8o"},
    {"Số đảng viên kết nạp mới",
     "S\xF4\xEC \xF0"
     "a\xD2ng vi\xEAn k\xEA\xECt na\xF2p m\xF5\xECi",
     "S\xE8 \xAE\xB6ng vi\xAAn k\xD5t n\xB9p m\xEDi",
     "So\xE1 \xF1"
     "a\xFBng vie\xE2n ke\xE1t na\xEFp m\xF4\xF9i"},
    {"Văn hóa - Xã hội",
     "V\xE3n h\xF3"
     "a - Xa\xDE h\xF4\xF2i",
     "V\xA8n h\xE3"
     "a - X\xB7 h\xE9i",
     "Va\xEAn ho\xF9"
     "a - Xa\xF5 ho\xE4i"},
    {"Quốc phòng - An ninh",
     "Qu\xF4\xEC"
     "c pho\xCCng - An ninh",
     "Qu\xE8"
     "c ph\xDFng - An ninh",
     "Quo\xE1"
     "c pho\xF8ng - An ninh"},
    {"Phòng Tài chính - Kế hoạch",
     "Pho\xCCng T\xE0i ch\xEDnh - K\xEA\xEC hoa\xF2"
     "ch",
     "Ph\xDFng T\xB5i ch\xDDnh - K\xD5 ho\xB9"
     "ch",
     "Pho\xF8ng Ta\xF8i ch\xEDnh - Ke\xE1 hoa\xEF"
     "ch"},
    {"Bảo hiểm y tế", "Ba\xD2o hi\xEA\xD2m y t\xEA\xEC", "B\xB6o hi\xD3m y t\xD5",
     "Ba\xFBo hie\xE5m y te\xE1"},
    {"Đảng",
     "\xD0"
     "a\xD2ng",
     "\xA7\xB6ng",
     "\xD1"
     "a\xFBng"},
    {"Kinh tế", "Kinh t\xEA\xEC", "Kinh t\xD5", "Kinh te\xE1"},
    {"người", "ng\xFD\xF5\xCCi", "ng\xAD\xEAi", "ng\xF6\xF4\xF8i"},
};

TEST(LegacyEncoding, EachPhraseIsRecognisedInEachEncoding) {
  for (const auto& p : kPhrases) {
    EXPECT_EQ(guess_legacy_encoding(p.windows1258), LegacyEncoding::windows1258) << p.text;
    EXPECT_EQ(guess_legacy_encoding(p.tcvn3), LegacyEncoding::tcvn3) << p.text;
    EXPECT_EQ(guess_legacy_encoding(p.vni), LegacyEncoding::vni) << p.text;
  }
}

TEST(LegacyEncoding, CapitalsAreRecognised) {
  // TCVN3 has no capitals with tones (they were typed with a second font): not tested here.
  EXPECT_EQ(guess_legacy_encoding("\xD0"
                                  "A\xD2NG B\xD4\xF2 TI\xD2NH GIA LAI"),
            LegacyEncoding::windows1258);
  EXPECT_EQ(guess_legacy_encoding("\xD1"
                                  "A\xDBNG BO\xC4 T\xC6NH GIA LAI"),
            LegacyEncoding::vni);
  EXPECT_EQ(guess_legacy_encoding("H\xD4\xF2I \xD0\xD4\xCCNG NH\xC2N D\xC2N"),
            LegacyEncoding::windows1258);
  EXPECT_EQ(guess_legacy_encoding("HO\xC4I \xD1O\xC0NG NHA\xC2N DA\xC2N"), LegacyEncoding::vni);
}

TEST(LegacyEncoding, AWholeFileIsRecognised) {
  std::string w, t, v;
  for (const auto& p : kPhrases) {
    w += std::string("X,") + p.windows1258 + ",1\n";
    t += std::string("X,") + p.tcvn3 + ",1\n";
    v += std::string("X,") + p.vni + ",1\n";
  }
  EXPECT_EQ(guess_legacy_encoding(w), LegacyEncoding::windows1258);
  EXPECT_EQ(guess_legacy_encoding(t), LegacyEncoding::tcvn3);
  EXPECT_EQ(guess_legacy_encoding(v), LegacyEncoding::vni);
}

TEST(LegacyEncoding, UnknownForAsciiUtf8AndNoise) {
  EXPECT_EQ(guess_legacy_encoding("Kinh te"), LegacyEncoding::unknown);
  // UTF-8 text is skipped: only the legacy bytes count.
  EXPECT_EQ(guess_legacy_encoding("Tổng giá trị sản xuất"), LegacyEncoding::unknown);
  EXPECT_EQ(guess_legacy_encoding("\x80\x81\x82\x83\x84\x86\x87\x88\x89"), LegacyEncoding::unknown);
  EXPECT_EQ(guess_legacy_encoding(""), LegacyEncoding::unknown);
}

TEST(LegacyEncoding, UtfEightAroundLegacyBytesIsIgnored) {
  std::string mixed = std::string("Tổng giá trị, ") + kPhrases[2].vni + ", Kinh tế";
  EXPECT_EQ(guess_legacy_encoding(mixed), LegacyEncoding::vni);
}

TEST(LegacyEncoding, Names) {
  EXPECT_EQ(encoding_name(LegacyEncoding::windows1258), "Windows-1258");
  EXPECT_EQ(encoding_name(LegacyEncoding::tcvn3), "TCVN3 (ABC)");
  EXPECT_EQ(encoding_name(LegacyEncoding::vni), "VNI");
  EXPECT_EQ(encoding_name(LegacyEncoding::unknown), "");
}

TEST(Printable, EscapesBytesThatAreNotTextAndCutsLongText) {
  EXPECT_EQ(printable("Kinh t\xEA\xEC"), "Kinh t\\xEA\\xEC");
  EXPECT_EQ(printable("a\tb\n"),
            "a\\x09"
            "b\\x0A");
  EXPECT_EQ(printable("Tây Sơn"), "Tây Sơn");
  EXPECT_EQ(printable("phường Tây Sơn", 6), "phường…");
  EXPECT_EQ(printable(std::string(1, '\0')), "\\x00");
}

}  // namespace
}  // namespace baocao
