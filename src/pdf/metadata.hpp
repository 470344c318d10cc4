#pragma once
// Archive-grade metadata: the Info dictionary, an XMP packet identifying PDF/A-2b and an sRGB
// OutputIntent. Every date is the report date at 12:00 +07:00, so the same inputs give the
// same bytes and no time zone shows the file as made on another day.

#include <string>

#include "briefing/briefing.hpp"

namespace PoDoFo {
class PdfMemDocument;
}

namespace baocao::pdf {

std::string pdf_date(const Date& date);  // "D:20240105120000+07'00'"
std::string xmp_date(const Date& date);  // "2024-01-05T12:00:00+07:00"

std::string creator_name();   // "baocao 0.1.0"
std::string producer_name();  // "PoDoFo 0.9.8"

// The XMP packet (UTF-8) for `briefing`, matching the Info dictionary.
std::string xmp_packet(const Briefing& briefing);

// Fills Info, attaches the XMP stream and the OutputIntent with `icc_profile` (the bytes of an
// sRGB ICC profile). PoDoFo errors propagate as PdfError.
void write_archive_metadata(PoDoFo::PdfMemDocument& document, const Briefing& briefing,
                            const std::string& icc_profile);

}  // namespace baocao::pdf
