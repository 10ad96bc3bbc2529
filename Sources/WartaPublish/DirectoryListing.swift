import Foundation

/// Reads the directory listings servers send: FTP's MLSD (machine-readable, exact UTC times) and the
/// `ls -l` lines of an SFTP server (times to the minute, or to the day for older files, taken as UTC).
enum DirectoryListing {
    /// `type=file;size=6;modify=20200102030405;UNIX.mode=0644; name` per line.
    static func parseMLSD(_ text: String) -> [RemoteEntry] {
        var entries: [RemoteEntry] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            guard let space = line.firstIndex(of: " ") else { continue }
            let name = String(line[line.index(after: space)...])
            var type = "", size: Int64 = 0, modified: Int64?
            for fact in line[..<space].split(separator: ";") {
                let parts = fact.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                switch parts[0].lowercased() {
                case "type": type = parts[1].lowercased()
                case "size": size = Int64(parts[1]) ?? 0
                case "modify": modified = parseCompactTime(String(parts[1]))
                default: break
                }
            }
            guard type == "file" || type == "dir", name != ".", name != ".." else { continue }
            let time = modified ?? Int64.min
            entries.append(RemoteEntry(name: name, isDirectory: type == "dir", size: size,
                                       modifiedEarliest: time, modifiedLatest: modified == nil ? Int64.max : time))
        }
        return entries
    }

    /// `-rw-r--r--    1 user     group        1234 Dec  4 02:48 name` per line.
    static func parseLongList(_ text: String, now: Int64) -> [RemoteEntry] {
        var entries: [RemoteEntry] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var fields: [Substring] = []
            var rest = line[...]
            while fields.count < 8 {
                rest = rest.drop(while: { $0 == " " })
                guard let end = rest.firstIndex(of: " ") else { break }
                fields.append(rest[..<end])
                rest = rest[end...]
            }
            guard fields.count == 8, let first = fields[0].first, first == "-" || first == "d",
                  let size = Int64(fields[4]) else { continue }
            // One space separates the date from the name; a name may itself start with spaces.
            let name = String(rest.dropFirst())
            guard !name.isEmpty, name != ".", name != ".." else { continue }
            let window = timeWindow(month: fields[5], day: fields[6], timeOrYear: fields[7], now: now)
            entries.append(RemoteEntry(name: name, isDirectory: first == "d", size: size,
                                       modifiedEarliest: window.lowerBound, modifiedLatest: window.upperBound))
        }
        return entries
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func timeWindow(month: Substring, day: Substring, timeOrYear: Substring, now: Int64) -> ClosedRange<Int64> {
        let unknown = Int64.min...Int64.max
        guard let monthIndex = months.firstIndex(of: month.lowercased()), let dayNumber = Int(day) else { return unknown }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        if let colon = timeOrYear.firstIndex(of: ":") {
            guard let hour = Int(timeOrYear[..<colon]), let minute = Int(timeOrYear[timeOrYear.index(after: colon)...]) else { return unknown }
            // No year: the most recent such date that is not in the future.
            let nowYear = calendar.component(.year, from: Date(timeIntervalSince1970: TimeInterval(now)))
            for year in [nowYear, nowYear - 1] {
                let components = DateComponents(year: year, month: monthIndex + 1, day: dayNumber, hour: hour, minute: minute)
                if let date = calendar.date(from: components) {
                    let start = Int64(date.timeIntervalSince1970)
                    if start <= now + 86_400 { return start...(start + 59) }
                }
            }
            return unknown
        }
        guard let year = Int(timeOrYear),
              let date = calendar.date(from: DateComponents(year: year, month: monthIndex + 1, day: dayNumber)) else { return unknown }
        let start = Int64(date.timeIntervalSince1970)
        return start...(start + 86_399)
    }

    /// `20200102030405` (UTC), with or without fractional seconds.
    static func parseCompactTime(_ text: String) -> Int64? {
        let digits = Array(text.utf8.prefix(14))
        guard digits.count == 14, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 48) } }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: number(0..<4), month: number(4..<6), day: number(6..<8),
                                        hour: number(8..<10), minute: number(10..<12), second: number(12..<14))
        return calendar.date(from: components).map { Int64($0.timeIntervalSince1970) }
    }

    /// `20200102030405` for MFMT, `20200102 03:04:05 GMT` for SFTP's mtime.
    static func compactTime(_ seconds: Int64, sftp: Bool) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        let date = "\(c.year ?? 1970)\(two(c.month))\(two(c.day))"
        let time = sftp ? "\(two(c.hour)):\(two(c.minute)):\(two(c.second))" : "\(two(c.hour))\(two(c.minute))\(two(c.second))"
        return sftp ? "\(date) \(time) GMT" : date + time
    }
}
