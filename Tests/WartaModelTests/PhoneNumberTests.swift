import Testing
@testable import WartaModel

@Suite struct PhoneNumberTests {
    @Test func indonesianNumbersBecomeInternational() {
        #expect(PhoneNumber.international("(0561) 736541") == "+62561736541")
        #expect(PhoneNumber.international("0812-3456-7890") == "+6281234567890")
        #expect(PhoneNumber.international("+62 561 736541") == "+62561736541")
        #expect(PhoneNumber.international("62 812 3456 7890") == "+6281234567890")
    }

    @Test func aRemarkAfterTheNumberIsNotDialled() {
        #expect(PhoneNumber.international("(0561) 000000 (contoh)") == "+62561000000")
        #expect(PhoneNumber.international("0561 736541 ext. 12") == "+62561736541")
    }

    @Test func whatCannotBeDialledGetsNoLink() {
        #expect(PhoneNumber.international("hubungi kelurahan") == nil)
        #expect(PhoneNumber.international("112") == nil)
        #expect(PhoneNumber.international("5617365") == nil, "no leading 0, 62 or +: the country is unknown")
        #expect(PhoneNumber.telephoneLink("—") == nil)
    }

    @Test func linksForTelephoneAndWhatsApp() {
        #expect(PhoneNumber.telephoneLink("(0561) 736541") == "tel:+62561736541")
        #expect(PhoneNumber.whatsAppLink("0812-3456-7890") == "https://wa.me/6281234567890")
    }
}
