; Inno Setup 6 script: the per-user installer of Tresse, made from the folder scripts\build_bundle.py builds.
;   python scripts\build_bundle.py          (runs this script itself when ISCC.exe is found)
;   ISCC /DBundleDir=C:\...\dist\Tresse /DAppVersion=0.1.0 /OC:\...\dist packaging\windows\tresse.iss
; No administrator rights (many association laptops are locked down): it installs into
; %LOCALAPPDATA%\Programs\Tresse and writes the file type under HKEY_CURRENT_USER. 64-bit Windows 10 or later only,
; as PySide6 6 requires. The uninstaller removes the program and never the user's data (%APPDATA%\Tresse, or a
; « Données Tresse » folder left beside the executables in portable mode).

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\Tresse"
#endif
#ifndef AppVersion
  ; The version information PyInstaller wrote into Tresse.exe from the project's version.
  #define AppVersion GetVersionNumbersString(AddBackslash(BundleDir) + "Tresse.exe")
#endif

[Setup]
AppId={{6B0E2F4C-7A51-4C4B-9D0B-3E1F5A7C2D90}
AppName=Tresse
AppVersion={#AppVersion}
AppVerName=Tresse {#AppVersion}
AppPublisher=Tresse
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Tresse
DefaultGroupName=Tresse
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
UninstallDisplayIcon={app}\Tresse.exe
UninstallDisplayName=Tresse
OutputBaseFilename=Tresse-{#AppVersion}-installation
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
french.WindowsVersionNotSupported=Tresse demande Windows 10 ou plus récent, en version 64 bits. Cet ordinateur a une version plus ancienne de Windows : Tresse ne peut pas y être installé.
english.WindowsVersionNotSupported=Tresse needs 64-bit Windows 10 or later. This computer runs an older Windows: Tresse cannot be installed on it.
french.OnlyOnTheseArchitectures=Tresse demande Windows 10 ou plus récent, en version 64 bits (x64). Cet ordinateur a un Windows 32 bits ou d'un autre type : Tresse ne peut pas y être installé.
english.OnlyOnTheseArchitectures=Tresse needs 64-bit (x64) Windows 10 or later. This computer runs a 32-bit or another kind of Windows: Tresse cannot be installed on it.

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Tresse"; Filename: "{app}\Tresse.exe"; Comment: "Kits d'accompagnement des projets d'ESS"

[Registry]
; The .tresse file type, for this user only (HKA is HKEY_CURRENT_USER without administrator rights).
Root: HKA; Subkey: "Software\Classes\.tresse"; ValueType: string; ValueName: ""; ValueData: "Tresse.Kit"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tresse\OpenWithProgids"; ValueType: string; ValueName: "Tresse.Kit"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Tresse.Kit"; ValueType: string; ValueName: ""; ValueData: "Kit Tresse"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Tresse.Kit\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Tresse.exe,0"
Root: HKA; Subkey: "Software\Classes\Tresse.Kit\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Tresse.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\Tresse.exe\SupportedTypes"; ValueType: string; ValueName: ".tresse"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\Tresse.exe"; Description: "{cm:LaunchProgram,Tresse}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only the files it installed, never the user's data.
