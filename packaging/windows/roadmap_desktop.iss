; Inno Setup 6.3+ script (UTF-8 with BOM, for the Japanese texts): installs Roadmap Desktop for the current user only — no administrator rights needed.
; Built by packaging/build.py on Windows after PyInstaller, which passes the version and the bundle:
;   ISCC /DAppVersion=0.1.0 /DBundleDir=dist\RoadmapDesktop /Odist packaging\windows\roadmap_desktop.iss
; Result: dist\RoadmapDesktop-<version>-setup.exe. Installs to %LOCALAPPDATA%\Programs\Roadmap Desktop,
; adds a Start-menu entry and opens .roadmap files with the application (HKCU\Software\Classes).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (packaging/build.py does)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\RoadmapDesktop"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\roadmap-desktop.ico"
#endif

#define AppName "Roadmap Desktop"
#define AppExe "RoadmapDesktop.exe"
#define ProgId "RoadmapDesktop.Roadmap"

[Setup]
; A fixed AppId lets a newer version install over the old one (and the uninstaller find it).
AppId={{6E0B7C1A-3D54-4E8A-9B2F-52C1D0A7E913}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt: {autopf} resolves to {userpf} = %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile={#IconFile}
OutputBaseFilename=RoadmapDesktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
; The user's roadmaps and settings live in their own folders, never in {app}: an upgrade replaces {app} whole.
CloseApplications=yes

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of an older version that the new one no longer ships must not be loaded by it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "DX関連事業ロードマップ"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .roadmap file type, per user (HKCU\Software\Classes; HKA is HKCU when installing without admin rights).
Root: HKA; Subkey: "Software\Classes\.roadmap"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.roadmap\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "DX関連事業ロードマップ"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".roadmap"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
