import Foundation

/// A publication moment as written by the author, kept with the UTC offset the site shows it in.
package struct Timestamp: Hashable, Sendable, Comparable {
    package var secondsSince1970: Int64
    /// Offset of the site's time zone at this moment (Asia/Pontianak: +07:00).
    package var utcOffsetSeconds: Int

    package init(secondsSince1970: Int64, utcOffsetSeconds: Int) {
        self.secondsSince1970 = secondsSince1970
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    package static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// The calendar day in the site's time zone.
    package var localDay: CalendarDay {
        let local = secondsSince1970 + Int64(utcOffsetSeconds)
        let days = Int((local - ((local % 86_400) + 86_400) % 86_400) / 86_400)
        return CalendarDay(daysSinceEpoch: days)
    }

    /// RFC 3339 with the site's offset: `2024-11-12T00:00:00+07:00`, as Atom wants.
    package var rfc3339: String {
        let local = secondsSince1970 + Int64(utcOffsetSeconds)
        let secondsOfDay = Int(((local % 86_400) + 86_400) % 86_400)
        let offset = abs(utcOffsetSeconds)
        let day = localDay
        // Written digit by digit: this runs for every news item on every list.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        func digits(_ value: Int, _ width: Int) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            let n = value.magnitude
            var divisor: UInt = 1, length = 1
            while n / divisor >= 10 { divisor *= 10; length += 1 }
            for _ in length..<max(width, length) { bytes.append(UInt8(ascii: "0")) }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(n / divisor % 10))
                divisor /= 10
            }
        }
        func two(_ n: Int) {
            bytes.append(UInt8(ascii: "0") + UInt8(n / 10 % 10))
            bytes.append(UInt8(ascii: "0") + UInt8(n % 10))
        }
        digits(day.year, 4)
        bytes.append(UInt8(ascii: "-")); digits(day.month, 2)
        bytes.append(UInt8(ascii: "-")); digits(day.day, 2)
        bytes.append(UInt8(ascii: "T")); two(secondsOfDay / 3600)
        bytes.append(UInt8(ascii: ":")); two(secondsOfDay / 60 % 60)
        bytes.append(UInt8(ascii: ":")); two(secondsOfDay % 60)
        bytes.append(UInt8(ascii: utcOffsetSeconds < 0 ? "-" : "+"))
        digits(offset / 3600, 2)
        bytes.append(UInt8(ascii: ":")); two(offset / 60 % 60)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DD` (midnight in the site's zone) or ISO 8601 `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`.
    package static func parse(_ text: String, in zone: TimeZone) -> Timestamp? {
        // Foundation's trimming costs more than the rest of the parse; a value that starts and ends
        // with a visible ASCII character (every date YAML hands over) has nothing to trim.
        let visible = UInt8(ascii: "!")...UInt8(ascii: "~")
        let trimmed = text.utf8.first.map(visible.contains) == true && text.utf8.last.map(visible.contains) == true
            ? text : text.trimmingCharacters(in: .whitespaces)
        let datePart = trimmed.prefix(10)
        guard let day = CalendarDay(iso: datePart) else { return nil }
        var rest = trimmed.dropFirst(10)
        var secondsOfDay = 0
        var explicitOffset: Int?
        if !rest.isEmpty {
            guard rest.first == "T" || rest.first == " " else { return nil }
            rest = rest.dropFirst()
            let timeEnd = rest.firstIndex { $0 == "Z" || $0 == "+" || $0 == "-" } ?? rest.endIndex
            let clock = rest[..<timeEnd].split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(clock.count), clock[0].count == 2, clock[1].count == 2,
                  let hours = Int(clock[0]), let minutes = Int(clock[1]), hours < 24, minutes < 60
            else { return nil }
            var seconds = 0
            if clock.count == 3 {
                let whole = clock[2].split(separator: ".", maxSplits: 1)[0]
                guard whole.count == 2, let s = Int(whole), s < 60 else { return nil }
                seconds = s
            }
            secondsOfDay = hours * 3600 + minutes * 60 + seconds
            let zonePart = rest[timeEnd...]
            if zonePart == "Z" {
                explicitOffset = 0
            } else if !zonePart.isEmpty {
                let sign = zonePart.first == "-" ? -1 : 1
                let parts = zonePart.dropFirst().split(separator: ":")
                guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
                      let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 else { return nil }
                explicitOffset = sign * (h * 3600 + m * 60)
            }
        }
        let localSeconds = Int64(day.daysSinceEpoch) * 86_400 + Int64(secondsOfDay)
        // Without an explicit offset the author means the site's wall clock.
        let guessOffset = explicitOffset ?? zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(localSeconds)))
        let utc = localSeconds - Int64(guessOffset)
        let siteOffset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        return Timestamp(secondsSince1970: utc, utcOffsetSeconds: siteOffset)
    }
}

package extension CalendarDay {
    /// Inverse of `daysSinceEpoch` (proleptic Gregorian).
    package init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
