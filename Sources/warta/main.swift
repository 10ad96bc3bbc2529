import WartaKit
print("warta")
