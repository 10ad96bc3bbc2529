/// A telephone number as written in `site.yml` (`(0561) 736541`, `0812-3456-7890`, `+62 561 …`),
/// made dialable in international form for `tel:` and `wa.me` links.
package enum PhoneNumber {
    /// `+62561736541` for `(0561) 736541`: the digits before any word (so `0561 736541 (kantor)`
    /// keeps its remark out), a leading 0 replaced by Indonesia's +62. Nil when fewer than six
    /// digits remain, or the number is written some other way: the text is then shown unlinked.
    package static func international(_ text: String) -> String? {
        var digits = ""
        var plus = false
        for character in text {
            if character.isLetter { break }
            if character == "+" && digits.isEmpty { plus = true; continue }
            if let digit = character.wholeNumberValue, character.isASCII { digits.append(String(digit)) }
        }
        guard digits.count >= 6, digits.count <= 15 else { return nil }
        if plus { return "+" + digits }
        if digits.hasPrefix("62") { return "+" + digits }
        if digits.hasPrefix("0") { return "+62" + digits.dropFirst() }
        return nil
    }

    /// `tel:+62561736541`
    package static func telephoneLink(_ text: String) -> String? {
        international(text).map { "tel:" + $0 }
    }

    /// `https://wa.me/62812…`: WhatsApp's own link, which wants the number without `+`.
    package static func whatsAppLink(_ text: String) -> String? {
        international(text).map { "https://wa.me/" + $0.dropFirst() }
    }
}
