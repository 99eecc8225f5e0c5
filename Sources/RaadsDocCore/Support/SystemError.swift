import Glibc

/// Dutch wording for the errno values a user can cause, so that an I/O
/// failure reads like the rest of raadsdoc's messages instead of the C
/// library's English.
package enum SystemError {
    /// The Dutch text for `code` (by default the current errno).
    package static func text(_ code: Int32 = errno) -> String {
        switch code {
        case ENOENT: "bestaat niet"
        case EACCES, EPERM: "geen toegang"
        case ELOOP: "te veel symbolische koppelingen (een kring van koppelingen?)"
        case ENOSPC: "de schijf is vol"
        case EDQUOT: "de schijfruimte voor deze gebruiker is op"
        case EROFS: "alleen-lezen bestandssysteem"
        case EISDIR: "is een map, geen bestand"
        case ENOTDIR: "een deel van het pad is geen map"
        case EEXIST: "bestaat al"
        case ENAMETOOLONG: "de naam is te lang"
        case EIO: "lees- of schrijffout van het apparaat"
        case EMFILE, ENFILE: "te veel geopende bestanden"
        case EXDEV: "ligt op een ander bestandssysteem"
        case ENOTEMPTY: "de map is niet leeg"
        case EBUSY, ETXTBSY: "is in gebruik"
        case EFBIG: "het bestand wordt te groot"
        case ENXIO, ENODEV: "het apparaat is er niet"
        case EINVAL: "ongeldige bewerking voor dit bestand"
        case EAGAIN: "tijdelijk niet beschikbaar"
        default: "systeemfout \(code)"
        }
    }

    /// What kind of thing a file-type mode names, for "is een …" messages.
    package static func kindName(ofMode mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "een map"
        case S_IFLNK: "een symbolische koppeling"
        case S_IFIFO: "een pijp (FIFO)"
        case S_IFSOCK: "een socket"
        case S_IFCHR, S_IFBLK: "een apparaat"
        case S_IFREG: "een gewoon bestand"
        default: "geen gewoon bestand"
        }
    }
}
