/// Problems particular to content/site.yml.
package enum SiteConfigMessage: MessageText {
    case menuItemWithoutTarget
    case baseURLNotAbsolute
    case unknownTimeZone(String)
    case newsPerPageTooSmall
    case passwordInPublishTarget

    package enum Kind: CaseIterable, Hashable, Sendable {
        case menuItemWithoutTarget, baseURLNotAbsolute, unknownTimeZone, newsPerPageTooSmall, passwordInPublishTarget
    }

    package var kind: Kind {
        switch self {
        case .menuItemWithoutTarget: .menuItemWithoutTarget
        case .baseURLNotAbsolute: .baseURLNotAbsolute
        case .unknownTimeZone: .unknownTimeZone
        case .newsPerPageTooSmall: .newsPerPageTooSmall
        case .passwordInPublishTarget: .passwordInPublishTarget
        }
    }

    package var rendering: Rendering {
        switch self {
        case .menuItemWithoutTarget:
            Rendering(id: "butir menu perlu `url:` (alamat di situs yang diawali `/`, seperti /berita/) atau `page:` (nama halaman di content/pages)",
                      en: "a menu item needs `url:` (a path in the site starting with `/`, like /berita/) or `page:` (the slug of a page in content/pages)")
        case .baseURLNotAbsolute:
            Rendering(id: "`base_url` harus alamat lengkap http(s), misalnya https://example.go.id/dinsos/",
                      en: "`base_url` must be an absolute http(s) address such as https://example.go.id/dinsos/")
        case .unknownTimeZone(let name):
            Rendering(id: "zona waktu `\(name)` tidak dikenal", en: "unknown time zone `\(name)`")
        case .newsPerPageTooSmall:
            Rendering(id: "`news_per_page` paling sedikit 1", en: "`news_per_page` must be at least 1")
        case .passwordInPublishTarget:
            Rendering(id: "`publish` memuat kata sandi; kata sandi tidak boleh disimpan di proyek: hapus bagian `:sandi` dan pakai kunci SSH, ~/.netrc, atau WARTA_PUBLISH_PASSWORD",
                      en: "`publish` holds a password; passwords never belong in the project: remove the `:password` part and use an SSH key, ~/.netrc or WARTA_PUBLISH_PASSWORD")
        }
    }
}
