import Foundation

/// Where "Lihat di peta" leads when `site.yml` gives an address but no `map_url`: a search for the
/// office on OpenStreetMap, a public map that needs no account. A link only: nothing is loaded
/// from there by the site.
enum OrganisationMap {
    static func searchLink(name: String, address: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let query = "\(name), \(address)".addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return "https://www.openstreetmap.org/search?query=" + query
    }
}
