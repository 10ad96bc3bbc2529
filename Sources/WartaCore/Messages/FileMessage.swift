/// Problems with files as files: reading, encoding, invisible characters, where they are.
package enum FileMessage: MessageText {
    case cannotRead
    case changedDuringBuild
    case notUTF8
    /// `first` is the code point as `U+0007`.
    case controlCharacters(count: Int, first: String)
    case symbolicLink
    case unusedFile
    case siteConfigMissing

    package enum Kind: CaseIterable, Hashable, Sendable {
        case cannotRead, changedDuringBuild, notUTF8, controlCharacters, symbolicLink, unusedFile, siteConfigMissing
    }

    package var kind: Kind {
        switch self {
        case .cannotRead: .cannotRead
        case .changedDuringBuild: .changedDuringBuild
        case .notUTF8: .notUTF8
        case .controlCharacters: .controlCharacters
        case .symbolicLink: .symbolicLink
        case .unusedFile: .unusedFile
        case .siteConfigMissing: .siteConfigMissing
        }
    }

    package var rendering: Rendering {
        switch self {
        case .cannotRead:
            Rendering(id: "berkas tidak dapat dibaca", en: "cannot read file")
        case .changedDuringBuild:
            Rendering(id: "berkas berubah saat situs sedang dibangun; bangun ulang",
                      en: "the file changed while the site was being built; build again")
        case .notUTF8:
            Rendering(id: "berkas ini bukan teks UTF-8; simpan ulang sebagai UTF-8 (di kebanyakan penyunting: Simpan Sebagai… › Encoding › UTF-8)",
                      en: "file is not valid UTF-8 text; save it as UTF-8 (in most editors: Save As… › Encoding › UTF-8)")
        case .controlCharacters(1, let first):
            Rendering(id: "sebuah karakter kendali tak terlihat (\(first)) diganti dengan �",
                      en: "an invisible control character (\(first)) was replaced by �")
        case .controlCharacters(let count, let first):
            Rendering(id: "\(count) karakter kendali tak terlihat (yang pertama: \(first)) diganti dengan �",
                      en: "\(count) invisible control characters (the first: \(first)) were replaced by �")
        case .symbolicLink:
            Rendering(id: "tautan simbolik tidak diikuti; salin berkasnya ke dalam content/",
                      en: "symbolic links are not followed; copy the file into content/ instead")
        case .unusedFile:
            Rendering(id: "berkas ini tidak dipakai: Markdown masuk ke news/, programs/, pages/ atau statistics/, data (.csv) ke statistics/, gambar dan unduhan ke media/",
                      en: "this file is not used: Markdown goes in news/, programs/, pages/ or statistics/, data (.csv) in statistics/, images and downloads in media/")
        case .siteConfigMissing:
            Rendering(id: "konfigurasi situs tidak ada: buat content/site.yml dengan setidaknya `title` dan `base_url`",
                      en: "site configuration is missing: create content/site.yml with at least `title` and `base_url`")
        }
    }
}
