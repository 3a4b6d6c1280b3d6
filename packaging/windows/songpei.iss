; Songpei's Windows installer (Inno Setup 6). Offline, per user, no administrator needed.
;
;   1. On Windows 10/11 x64 with Python 3.11, in the repository:
;        py -m venv .venv && .venv\Scripts\pip install -e .[dist]
;        set SONGPEI_CJK_FONT=C:\build\wqy-microhei.ttc  (from the fonts-wqy-microhei package)
;        .venv\Scripts\python packaging\shipped.py     (translations, demo pack, font; the
;                                                     demo videos need ffmpeg and espeak-ng)
;        set SONGPEI_VLC_DIR=C:\build\vlc-3.0.21        (the unpacked vlc-3.0.21-win64.zip)
;        .venv\Scripts\pyinstaller --noconfirm packaging\songpei.spec
;        C:\build\vlc-3.0.21\vlc-cache-gen.exe dist\songpei\_internal\vlc\plugins
;   2. Put ChineseSimplified.isl beside this file (Inno Setup's unofficial translations:
;      issrc/Files/Languages/Unofficial/ChineseSimplified.isl), then:
;        iscc packaging\windows\songpei.iss            -> dist\songpei-0.1.0-setup.exe
;
; User data lives in %LOCALAPPDATA%\Songpei (sync/datadir.py), outside {app}
; (%LOCALAPPDATA%\Programs\Songpei): uninstalling removes the program and keeps every record.

#define AppVersion "0.1.0"

[Setup]
AppId={{5B0E2E2A-6F0B-4C52-9D55-53A1F0D5E7C1}
AppName=送培 Songpei
AppVersion={#AppVersion}
AppVerName=送培 Songpei {#AppVersion}
AppPublisher=送培 Songpei
VersionInfoVersion={#AppVersion}
; Per user, without administrator rights: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Songpei
DefaultGroupName=送培
DisableProgramGroupPage=yes
; Qt 6 runs on Windows 10 1809 (build 17763) or later, 64-bit only.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=songpei-{#AppVersion}-setup
SetupIconFile=..\icons\songpei.ico
UninstallDisplayIcon={app}\songpei.exe
UninstallDisplayName=送培 Songpei
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes

[Languages]
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"

[Messages]
; Shown by Setup itself when MinVersion / ArchitecturesAllowed refuse the computer.
WinVersionTooLowError=送培需要 Windows 10（1809 版，2018 年 10 月更新）或更高版本的 64 位 Windows。%n%n本机的 Windows 版本太旧（如 Windows 7 或 Windows 8），无法运行送培所用的 Qt 6 界面组件。%n%n请升级到 Windows 10 / 11（64 位），或在统信 UOS、银河麒麟电脑上安装送培的 .deb 安装包。
OnlyOnTheseArchitectures=送培只能安装在 64 位 Windows 10（1809 版）或更高版本上。%n%n本机是 32 位 Windows，无法运行送培。请换用 64 位系统的电脑，或在统信 UOS、银河麒麟电脑上安装 .deb 安装包。

[Tasks]
Name: "desktopicon"; Description: "在桌面上创建送培图标"; GroupDescription: "附加图标："

[Files]
Source: "..\..\dist\songpei\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\送培"; Filename: "{app}\songpei.exe"
Name: "{autoprograms}\送培（演示模式）"; Filename: "{app}\songpei.exe"; Parameters: "demo"
Name: "{autoprograms}\送培（软件绘图，旧电脑用）"; Filename: "{app}\songpei.exe"; Parameters: "--software-gl"
Name: "{autodesktop}\送培"; Filename: "{app}\songpei.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\songpei.exe"; Description: "立即启动送培"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the teachers' records in %LOCALAPPDATA%\Songpei are never removed.

[Code]
{ A second guard with the same clear words: MinVersion and ArchitecturesAllowed already stop
  Setup on Windows 7/8 and on 32-bit Windows with the [Messages] above; this also catches a
  64-bit Windows 10 older than 1809, which some school images still are. }
function InitializeSetup(): Boolean;
var
  Version: TWindowsVersion;
begin
  Result := True;
  GetWindowsVersionEx(Version);
  if not IsWin64 then
  begin
    MsgBox('送培只能安装在 64 位 Windows 上，本机是 32 位 Windows。' + #13#10 + #13#10 +
      '请换用 64 位 Windows 10（1809 版）或更高版本的电脑，或在统信 UOS、银河麒麟电脑上安装 .deb 安装包。',
      mbCriticalError, MB_OK);
    Result := False;
  end
  else if (Version.Major < 10) or ((Version.Major = 10) and (Version.Build < 17763)) then
  begin
    MsgBox('送培需要 Windows 10（1809 版）或更高版本。本机是 Windows ' +
      IntToStr(Version.Major) + '.' + IntToStr(Version.Minor) + '（版本号 ' +
      IntToStr(Version.Build) + '），太旧，无法运行。' + #13#10 + #13#10 +
      'Windows 7 和 Windows 8 无法运行送培所用的 Qt 6 界面组件。请先升级 Windows。',
      mbCriticalError, MB_OK);
    Result := False;
  end;
end;
