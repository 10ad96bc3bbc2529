/// Problems with writing the site: where it goes, and what goes there.
package enum OutputMessage: MessageText {
    case refused(Refusal)
    case collision(pages: Int, path: String)
    /// `reason`: the system's own words.
    case cannotPrepare(reason: String)
    case cannotWrite(path: String, reason: String)
    case publishingFailed(reason: String)
    case pageTooLarge(path: String, kilobytes: Int)
    /// Another build of the project held its lock for the whole wait.
    case anotherBuildRunning(seconds: Int)
    /// `reason`: the system's own words.
    case lockUnavailable(reason: String)

    /// Why a folder may not be the output.
    package enum Refusal: Hashable, Sendable, Codable {
        case fileSystemRoot, homeFolder, projectFolder
        case protectedFolder(String)
        case isAFile(path: String)
        case foreignFiles(path: String)

        var rendering: Rendering {
            switch self {
            case .fileSystemRoot:
                Rendering(id: "folder keluaran tidak boleh akar sistem berkas", en: "the output folder cannot be the file system root")
            case .homeFolder:
                Rendering(id: "folder keluaran tidak boleh folder rumah Anda", en: "the output folder cannot be your home folder")
            case .projectFolder:
                Rendering(id: "folder keluaran tidak boleh folder proyek atau memuatnya",
                          en: "the output folder cannot be the project folder or contain it")
            case .protectedFolder(let folder):
                Rendering(id: "folder keluaran tidak boleh sama dengan, memuat, atau berada di dalam \(folder)/",
                          en: "the output folder cannot be, contain or sit inside \(folder)/")
            case .isAFile(let path):
                Rendering(id: "\(path) sudah ada dan berupa berkas, bukan folder", en: "\(path) exists and is a file, not a folder")
            case .foreignFiles(let path):
                Rendering(id: "\(path) sudah berisi berkas yang tidak ditulis Warta; kosongkan atau pilih folder keluaran lain",
                          en: "\(path) already holds files that Warta did not write; empty it or choose another output folder")
            }
        }
    }

    package enum Kind: CaseIterable, Hashable, Sendable {
        case refused, collision, cannotPrepare, cannotWrite, publishingFailed, pageTooLarge, anotherBuildRunning, lockUnavailable
    }

    package var kind: Kind {
        switch self {
        case .refused: .refused
        case .collision: .collision
        case .cannotPrepare: .cannotPrepare
        case .cannotWrite: .cannotWrite
        case .publishingFailed: .publishingFailed
        case .pageTooLarge: .pageTooLarge
        case .anotherBuildRunning: .anotherBuildRunning
        case .lockUnavailable: .lockUnavailable
        }
    }

    package var rendering: Rendering {
        switch self {
        case .refused(let refusal):
            Rendering(id: "situs tidak akan ditulis di sini: \(refusal.rendering.indonesian)",
                      en: "refusing to write the site here: \(refusal.rendering.english)")
        case .collision(let pages, let path):
            Rendering(id: "\(pages) halaman akan ditulis ke berkas yang sama \(path); ganti nama salah satunya",
                      en: "\(pages) pages would be written to the same file \(path); rename one of them")
        case .cannotPrepare(let reason):
            Rendering(id: "folder keluaran tidak dapat disiapkan: \(reason)", en: "cannot prepare the output folder: \(reason)")
        case .cannotWrite(let path, let reason):
            Rendering(id: "\(path) tidak dapat ditulis: \(reason)", en: "cannot write \(path): \(reason)")
        case .publishingFailed(let reason):
            Rendering(id: "penerbitan gagal: \(reason)", en: "publishing failed: \(reason)")
        case .pageTooLarge(let path, let kilobytes):
            Rendering(id: "halaman \(path) berukuran \(kilobytes) KB; halaman sebesar ini lambat dibuka di ponsel",
                      en: "page \(path) is \(kilobytes) KB; pages this large load slowly on phones")
        case .anotherBuildRunning(let seconds):
            Rendering(id: "pembangunan lain pada proyek ini masih berjalan setelah \(seconds) detik; tunggu hingga selesai, lalu bangun ulang",
                      en: "another build of this project is still running after \(seconds) s; wait for it to finish, then build again")
        case .lockUnavailable(let reason):
            Rendering(id: "kunci pembangunan proyek tidak dapat diambil: \(reason)", en: "cannot take the project's build lock: \(reason)")
        }
    }
}
