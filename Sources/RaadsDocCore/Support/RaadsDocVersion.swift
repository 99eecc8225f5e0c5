/// The version written into every document's meta.xml.
public enum RaadsDocVersion {
    public static let number = "0.1.0"
}
