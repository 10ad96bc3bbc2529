/// Problems particular to content/site.yml.
package enum SiteConfigMessage: MessageText {
    case menuItemWithoutTarget
    case baseURLNotAbsolute
    case unknownTimeZone(String)
    case newsPerPageTooSmall

    package enum Kind: CaseIterable, Hashable, Sendable {
        case menuItemWithoutTarget, baseURLNotAbsolute, unknownTimeZone, newsPerPageTooSmall
    }

    package var kind: Kind {
        switch self {
        case .menuItemWithoutTarget: .menuItemWithoutTarget
        case .baseURLNotAbsolute: .baseURLNotAbsolute
        case .unknownTimeZone: .unknownTimeZone
        case .newsPerPageTooSmall: .newsPerPageTooSmall
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
        }
    }
}
