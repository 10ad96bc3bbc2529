import Foundation
import WartaCore
import WartaLoad
import WartaRender
import WartaModel

/// What the last successful build read and wrote, kept in the project's state folder (`SiteState`) so that the next
/// build, even in a new process, can tell what it need not do again.
///
/// - `inputs`: every file under `content/` and `templates/` with its size, dates and inode. When
///   none changed, the options and the Warta binary are the same, and every output file is as it
///   was written, nothing is read, parsed or rendered at all.
/// - `outputs`: every file written, with a fingerprint of everything its bytes depend on (see
///   `PageFingerprints`), the content files its links were resolved against, and the problems
///   reported while rendering it (replayed when it is not rendered again).
///
/// The manifest is only a shortcut: a missing, unreadable or foreign one means a full build.
package struct BuildManifest: Sendable {
    /// Bumped whenever what a fingerprint covers changes.
    package static let formatVersion = 2

    package struct Output: Sendable {
        package var fingerprint: UInt64
        package var size: Int64
        package var modified: Int64
        package var inode: UInt64
        package var dependencies: [String]
        package var diagnostics: [Diagnostic]

        package func matches(_ signature: PosixFiles.Signature?) -> Bool {
            guard let signature else { return false }
            return signature.size == size && signature.modified == modified && signature.inode == inode
        }
    }

    package struct Counts: Sendable, Equatable {
        package var pages = 0, news = 0, programs = 0, datasets = 0
    }

    package var engine: UInt64 = 0
    package var options: UInt64 = 0
    package var global: UInt64 = 0
    package var counts = Counts()
    package var inputs = Inputs()
    package var outputs: [String: Output] = [:]
    /// Problems found while loading (not tied to one output file), replayed when nothing changed.
    package var loadDiagnostics: [Diagnostic] = []

    /// Every file read, with its signature. Content files are kept as `ContentDirectory` lists
    /// them, in two arrays its own listing shares, rather than as a table of new path strings.
    package struct Inputs: Equatable, Sendable {
        /// Paths relative to `content/`, sorted.
        package var contentFiles: [String] = []
        package var contentSignatures: [PosixFiles.Signature?] = []
        /// Paths relative to `templates/`.
        package var templates: [String: PosixFiles.Signature] = [:]

        package init() {}

        package init(content: ContentDirectory, templates: [String: PosixFiles.Signature]) {
            contentFiles = content.files
            contentSignatures = content.fileSignatures
            self.templates = templates
        }

        /// How many lines the text form has: `content/…` then `templates/…`, in path order.
        package var lineCount: Int { contentFiles.count + templates.count }

        /// Line `number` of the text form (nil for a file without signature), made when written
        /// rather than all at once: a large site has tens of thousands.
        package func line(_ number: Int, templatePaths: [String]) -> (path: String, signature: PosixFiles.Signature)? {
            if number < contentFiles.count {
                return contentSignatures[number].map { (ContentLayout.contentFolder + "/" + contentFiles[number], $0) }
            }
            let path = templatePaths[number - contentFiles.count]
            return templates[path].map { (ContentLayout.templatesFolder + "/" + path, $0) }
        }

        /// Adds a line of the text form; false for a path outside both folders.
        package mutating func add(_ path: String, _ signature: PosixFiles.Signature) -> Bool {
            let content = ContentLayout.contentFolder + "/", template = ContentLayout.templatesFolder + "/"
            if path.hasPrefix(content) {
                contentFiles.append(String(path.dropFirst(content.count)))
                contentSignatures.append(signature)
            } else if path.hasPrefix(template) {
                templates[String(path.dropFirst(template.count))] = signature
            } else {
                return false
            }
            return true
        }
    }

    /// The Warta binary and the cache format: a rebuilt `warta` may render differently, so its
    /// fingerprints are not trusted.
    package static let currentEngine: UInt64 = {
        var hasher = StableHasher()
        hasher.combine(formatVersion)
        hasher.combine(WartaVersion.current)
        var info = stat()
        if stat("/proc/self/exe", &info) == 0 || stat(CommandLine.arguments.first ?? "", &info) == 0 {
            let signature = PosixFiles.signature(of: info)
            hasher.combine(signature.size)
            hasher.combine(signature.modified)
            hasher.combine(signature.inode)
        } else {
            // Unknown binary: a value no other process reproduces, so no fingerprint is trusted.
            hasher.combine(UInt64.random(in: 0...UInt64.max))
        }
        return hasher.finalize()
    }()

    // MARK: Text form

    package func serialized() -> [UInt8] {
        // Inputs and outputs are written in path order, in chunks on every core.
        let inputCount = inputs.lineCount
        let templatePaths = inputs.templates.keys.sorted()
        let outputPaths = outputs.keys.sorted()
        let chunk = 2048
        var jobs: [(outputs: Bool, range: Range<Int>)] = []
        for start in stride(from: 0, to: inputCount, by: chunk) { jobs.append((false, start..<min(inputCount, start + chunk))) }
        for start in stride(from: 0, to: outputPaths.count, by: chunk) { jobs.append((true, start..<min(outputPaths.count, start + chunk))) }
        let parts = ParallelMap.map(jobs) { job -> [UInt8] in
            var writer = Writer()
            if job.outputs {
                for path in outputPaths[job.range] {
                    let o = outputs[path]!
                    writer.start("out"); writer.field(path); writer.hex(o.fingerprint)
                    writer.number(o.size); writer.number(o.modified); writer.number(o.inode)
                    for dependency in o.dependencies { writer.field(dependency) }
                    writer.end()
                    for d in o.diagnostics { writer.diagnostic(path, d) }
                }
            } else {
                for number in job.range {
                    guard let (path, s) = inputs.line(number, templatePaths: templatePaths) else { continue }
                    writer.start("in"); writer.field(path); writer.number(s.size); writer.number(s.modified)
                    writer.number(s.changed); writer.number(s.inode); writer.end()
                }
            }
            return writer.out
        }
        var head = Writer()
        head.start("warta-cache"); head.number(Self.formatVersion); head.end()
        head.start("engine"); head.hex(engine); head.end()
        head.start("options"); head.hex(options); head.end()
        head.start("global"); head.hex(global); head.end()
        head.start("counts"); head.number(counts.pages); head.number(counts.news); head.number(counts.programs); head.number(counts.datasets); head.end()
        var out = head.out
        out.reserveCapacity(out.count + parts.reduce(0) { $0 + $1.count } + loadDiagnostics.count * 100)
        let inputJobs = (inputCount + chunk - 1) / chunk
        for part in parts.prefix(inputJobs) { out += part }
        var diagnostics = Writer()
        for d in loadDiagnostics { diagnostics.diagnostic("", d) }
        out += diagnostics.out
        for part in parts.dropFirst(inputJobs) { out += part }
        return out
    }

    /// Lines of the text form: fields separated by tabs, escaped.
    private struct Writer {
        package var out: [UInt8] = []

        package mutating func start(_ kind: StaticString) {
            kind.withUTF8Buffer { out.append(contentsOf: $0) }
        }

        package mutating func field(_ text: String) {
            out.append(0x09)
            BuildManifest.appendEscaped(text, to: &out)
        }

        /// In decimal digits, as `String(value)` writes them, but straight into the output: a
        /// string per number was a quarter of writing a large site's cache, which a build waits
        /// for at its end.
        package mutating func number<T: BinaryInteger>(_ value: T) {
            out.append(0x09)
            if value < 0 { out.append(UInt8(ascii: "-")) }
            digits(UInt64(value.magnitude), base: 10)
        }

        /// In lowercase hexadecimal, as `String(value, radix: 16)` writes it.
        package mutating func hex(_ value: UInt64) {
            out.append(0x09)
            digits(value, base: 16)
        }

        /// Inlined into each caller, so that the division by `base` is by a constant (a
        /// multiplication): divided by a variable, each of a large cache's millions of digits took
        /// tens of cycles.
        @inline(__always)
        private mutating func digits(_ value: UInt64, base: UInt64) {
            var magnitude = value
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { digits in
                var start = digits.count
                repeat {
                    start -= 1
                    let digit = UInt8(magnitude % base)
                    digits[start] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                    magnitude /= base
                } while magnitude > 0
                out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
            }
        }

        package mutating func end() { out.append(0x0A) }

        package mutating func diagnostic(_ owner: String, _ d: Diagnostic) {
            start("diag"); field(owner); field(d.severity.rawValue); field(d.location.path)
            number(d.location.line); number(d.location.column); field(MessageCoding.text(d.message)); field(d.hint.map(MessageCoding.text) ?? "\u{0}")
            end()
        }
    }

    package init() {}

    /// Reads a manifest; nil when it is missing, damaged or from another format.
    package init?(bytes: [UInt8]) {
        var sawHeader = false
        var failed = false
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var fields: [Range<Int>] = []
            while start < buffer.count, !failed {
                let end = buffer[start...].firstIndex(of: 0x0A) ?? buffer.count
                fields.removeAll(keepingCapacity: true)
                var fieldStart = start
                for index in start..<end where buffer[index] == 0x09 {
                    fields.append(fieldStart..<index)
                    fieldStart = index + 1
                }
                if end > start { fields.append(fieldStart..<end) }
                start = end + 1
                guard let kindRange = fields.first else { continue }
                func text(_ i: Int) -> String { Self.unescape(UnsafeBufferPointer(rebasing: buffer[fields[i]])) }
                func integer(_ i: Int, radix: UInt64 = 10) -> UInt64? { Self.integer(UnsafeBufferPointer(rebasing: buffer[fields[i]]), radix: radix) }
                func signed(_ i: Int) -> Int64? {
                    let digits = UnsafeBufferPointer(rebasing: buffer[fields[i]])
                    if digits.first == UInt8(ascii: "-") {
                        return Self.integer(UnsafeBufferPointer(rebasing: digits.dropFirst()), radix: 10).map { -Int64(bitPattern: $0) }
                    }
                    return Self.integer(digits, radix: 10).map { Int64(bitPattern: $0) }
                }
                let kind = String(decoding: UnsafeBufferPointer(rebasing: buffer[kindRange]), as: UTF8.self)
                if !sawHeader {
                    guard kind == "warta-cache", fields.count == 2, integer(1) == UInt64(Self.formatVersion) else { failed = true; return }
                    sawHeader = true
                    continue
                }
                switch kind {
                case "engine", "options", "global":
                    guard fields.count == 2, let value = integer(1, radix: 16) else { failed = true; return }
                    if kind == "engine" { engine = value } else if kind == "options" { options = value } else { global = value }
                case "counts":
                    guard fields.count == 5, let p = integer(1), let n = integer(2), let r = integer(3), let d = integer(4) else {
                        failed = true; return
                    }
                    counts = Counts(pages: Int(p), news: Int(n), programs: Int(r), datasets: Int(d))
                case "in":
                    guard fields.count == 6, let size = signed(2), let modified = signed(3), let changed = signed(4),
                          let inode = integer(5) else { failed = true; return }
                    guard inputs.add(text(1), PosixFiles.Signature(size: size, modified: modified, changed: changed, inode: inode)) else {
                        failed = true; return
                    }
                case "out":
                    guard fields.count >= 6, let fingerprint = integer(2, radix: 16), let size = signed(3),
                          let modified = signed(4), let inode = integer(5) else { failed = true; return }
                    outputs[text(1)] = Output(fingerprint: fingerprint, size: size, modified: modified, inode: inode,
                                              dependencies: (6..<fields.count).map(text), diagnostics: [])
                case "diag":
                    guard fields.count == 8, let severity = Diagnostic.Severity(rawValue: text(2)), let line = signed(4),
                          let column = signed(5), let message = MessageCoding.value(Message.self, from: text(6)) else {
                        failed = true; return
                    }
                    let hintText = text(7)
                    let hint = hintText == "\u{0}" ? nil : MessageCoding.value(Hint.self, from: hintText)
                    guard hintText == "\u{0}" || hint != nil else { failed = true; return }
                    let d = Diagnostic(severity, SourceLocation(path: text(3), line: Int(line), column: Int(column)), message,
                                       hint: hint)
                    let owner = text(1)
                    if owner.isEmpty {
                        loadDiagnostics.append(d)
                    } else if outputs[owner] != nil {
                        outputs[owner]!.diagnostics.append(d)
                    } else {
                        failed = true; return
                    }
                default:
                    failed = true; return
                }
            }
        }
        if failed || !sawHeader { return nil }
    }

    private static func integer(_ digits: UnsafeBufferPointer<UInt8>, radix: UInt64) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            guard !overflow else { return nil }
            value = shifted &+ digit
        }
        return value
    }

    private static func unescape(_ field: UnsafeBufferPointer<UInt8>) -> String {
        guard field.contains(0x5C) else { return String(decoding: field, as: UTF8.self) }
        var bytes: [UInt8] = []
        var index = 0
        while index < field.count {
            let byte = field[index]
            if byte == 0x5C, index + 1 < field.count {
                index += 1
                switch field[index] {
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                default: bytes.append(field[index])
                }
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    fileprivate static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                out.append(contentsOf: bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                default: out.append(byte)
                }
            }
        }
    }
}

package extension BuildManifest.Output {
    /// `written`: the file as it will be once published; nil (size -1) when not known yet.
    package init(fingerprint: UInt64, written: PosixFiles.Signature?, dependencies: [String], diagnostics: [Diagnostic]) {
        self.init(fingerprint: fingerprint, size: written?.size ?? -1, modified: written?.modified ?? 0, inode: written?.inode ?? 0,
                  dependencies: dependencies, diagnostics: diagnostics)
    }
}
